/** A commune as `GET /api/v1/communes` lists it. */
export interface Commune {
  insee_code: string;
  name: string;
  population: number;
  is_demo: boolean;
}
