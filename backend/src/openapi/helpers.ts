/** Small builders that keep the OpenAPI path items of each module short and consistent. */
type Schema = Record<string, unknown>;

export const num = (description?: string, nullable = false): Schema =>
  nullable ? { type: ['number', 'null'], description } : { type: 'number', description };
export const int = (description?: string): Schema => ({ type: 'integer', description });
export const str = (description?: string, nullable = false): Schema =>
  nullable ? { type: ['string', 'null'], description } : { type: 'string', description };
export const bool = (description?: string): Schema => ({ type: 'boolean', description });

export const object = (properties: Record<string, Schema>, required = Object.keys(properties)): Schema => ({
  type: 'object',
  properties,
  required,
});
export const arrayOf = (items: Schema): Schema => ({ type: 'array', items });

export const queryParam = (name: string, schema: Schema, description: string, required = true) => ({
  name, in: 'query', required, description, schema,
});
export const pathParam = (name: string, description: string) => ({
  name, in: 'path', required: true, description, schema: { type: 'string' },
});

export const communeParam = queryParam('commune', { type: 'string', pattern: '^[0-9][0-9AB][0-9]{3}$', example: '59350' },
  'INSEE code of the commune (Lille 59350, Roubaix 59512, Tourcoing 59599, Marcq-en-Barœul 59378)');
export const yearParam = (required = true) =>
  queryParam('year', { type: 'integer', example: 2025 }, 'Calendar / budget year', required);

export const errorResponses = {
  '400': { description: 'Invalid parameter', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
  '404': { description: 'Not found', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
};

export const jsonResponse = (description: string, schema: Schema) => ({
  '200': { description, content: { 'application/json': { schema } } },
  ...errorResponses,
});

export const get = (tag: string, summary: string, parameters: unknown[], response: ReturnType<typeof jsonResponse>, description?: string) => ({
  get: { tags: [tag], summary, description, parameters, responses: response },
});
