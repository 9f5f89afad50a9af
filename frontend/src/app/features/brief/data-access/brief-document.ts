import type { ApiResponse } from '../../../api';

/**
 * `GET /api/v1/brief?commune=&year=`: the council brief as one document, written in French by the server, which
 * prints the same document as `GET /api/v1/brief.pdf` (see backend/src/modules/brief and ADR 0017). The page
 * renders it as is: it never recomputes, rewords or judges a figure. Its types come from the API's contract, so the
 * page and the server cannot drift apart.
 */
export type BriefDocument = ApiResponse<'getBrief'>;
export type BriefSection = BriefDocument['sections'][number];
export type BriefHeadline = BriefSection['figures'][number];
export type BriefTable = BriefSection['tables'][number];
export type BriefChart = NonNullable<BriefSection['chart']>;
