import { arrayOf, int, object, op, str, type Contract } from '../../http/contract';
import { staff } from '../auth/roles';
import { idParams, listQuery, newComment } from './comments.schemas';

const tag = 'Comments';
const comment = object({
  id: int(),
  commune_insee: str(),
  target: str("e.g. 'fluids:building:LIL-PIS-001'"),
  period_start: str(),
  period_end: str(),
  body: str(),
  author: str(),
  created_at: str(),
});

export const commentsContract: Contract = {
  '/comments': {
    get: op({
      id: 'listComments',
      tag,
      summary: 'Comments on figures (roles admin, elected, agent)',
      access: staff,
      query: listQuery,
      docs: {
        target: 'Target prefix, e.g. fluids:building',
        from: 'Period overlapping from',
        to: 'Period overlapping until',
      },
      responseDescription: 'Comments',
      response: arrayOf(comment),
    }),
    post: op({
      id: 'createComment',
      tag,
      summary: 'Attaches a comment to a figure for a period',
      access: staff,
      body: newComment,
      status: '201',
      responseDescription: 'Created',
      response: comment,
    }),
  },
  '/comments/{id}': {
    delete: op({
      id: 'deleteComment',
      tag,
      summary: 'Deletes a comment (its author or an admin)',
      access: staff,
      path: idParams,
      docs: { id: 'Comment id' },
      status: '204',
      responseDescription: 'Deleted',
    }),
  },
};
