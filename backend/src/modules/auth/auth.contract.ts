import { int, object, oneOf, str } from '../../http/contract';
import { op, type Contract } from '../../http/contract';
import { loginBody } from './auth.schemas';
import { roles } from './roles';

const user = object({
  id: int(),
  email: str(),
  role: oneOf(roles),
  commune_insee: str('Commune the user is limited to', true),
  display_name: str(undefined, true),
});

export const authContract: Contract = {
  '/auth/login': {
    post: op({
      id: 'postAuthLogin',
      tag: 'Accounts',
      summary:
        'Opens a session: sets the HttpOnly cookie pilotage_session and the XSRF-TOKEN cookie to echo in X-XSRF-TOKEN on writes',
      access: 'public',
      body: loginBody,
      responseDescription: 'Signed in',
      response: object({ user }),
      responses: {
        '401': { description: 'Invalid email or password' },
        '429': {
          description:
            'Too many failed sign-ins: 10 per account (email trimmed, lower case) or 30 per address within 15 minutes; successful sign-ins never count',
        },
      },
    }),
  },
  '/auth/logout': {
    post: op({
      id: 'postAuthLogout',
      tag: 'Accounts',
      summary: 'Closes the session',
      access: 'public',
      status: '204',
      responseDescription: 'Signed out',
    }),
  },
  '/auth/me': {
    get: op({
      id: 'getAuthMe',
      tag: 'Accounts',
      summary: 'The signed-in user, or null',
      access: 'public',
      responseDescription: 'Current user',
      response: object({ user: user.nullable() }),
    }),
  },
};
