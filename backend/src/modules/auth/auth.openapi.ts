import { get, int, jsonResponse, object, str } from '../../openapi/helpers';

const user = object({ id: int(), email: str(), role: str('admin, elected, agent or public'), commune_insee: str('Commune the user is limited to', true), display_name: str(undefined, true) });

export const authOpenApi = {
  '/auth/login': {
    post: {
      tags: ['Accounts'],
      summary: 'Opens a session: sets the HttpOnly cookie pilotage_session and the XSRF-TOKEN cookie to echo in X-XSRF-TOKEN on writes',
      requestBody: { required: true, content: { 'application/json': { schema: object({ email: str(), password: str() }) } } },
      responses: { ...jsonResponse('Signed in', object({ user })), '401': { description: 'Invalid email or password' }, '429': { description: 'Too many failed sign-ins: 10 per account (email trimmed, lower case) or 30 per address within 15 minutes; successful sign-ins never count' } },
    },
  },
  '/auth/logout': { post: { tags: ['Accounts'], summary: 'Closes the session', responses: { '204': { description: 'Signed out' } } } },
  '/auth/me': get('Accounts', 'The signed-in user, or null', [], jsonResponse('Current user', object({ user: { ...user, type: ['object', 'null'] } }))),
};
