import { arrayOf, communeParam, get, int, jsonResponse, object, pathParam, queryParam, str } from '../../openapi/helpers';

const comment = object({ id: int(), commune_insee: str(), target: str("e.g. 'fluids:building:LIL-PIS-001'"), period_start: str(), period_end: str(), body: str(), author: str(), created_at: str() });

export const commentsOpenApi = {
  '/comments': {
    ...get('Comments', 'Comments on figures (roles admin, elected, agent)', [communeParam,
      queryParam('target', { type: 'string' }, 'Target prefix, e.g. fluids:building', false),
      queryParam('from', { type: 'string', format: 'date' }, 'Period overlapping from', false),
      queryParam('to', { type: 'string', format: 'date' }, 'Period overlapping until', false)], jsonResponse('Comments', arrayOf(comment))),
    post: { tags: ['Comments'], summary: 'Attaches a comment to a figure for a period',
      requestBody: { required: true, content: { 'application/json': { schema: object({ commune: str(), target: str(), period_start: str(), period_end: str(), body: str() }) } } },
      responses: { '201': { description: 'Created', content: { 'application/json': { schema: comment } } } } },
  },
  '/comments/{id}': { delete: { tags: ['Comments'], summary: 'Deletes a comment (its author or an admin)', parameters: [pathParam('id', 'Comment id')], responses: { '204': { description: 'Deleted' } } } },
};
