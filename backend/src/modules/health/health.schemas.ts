import { z } from 'zod';
import { inseeCode } from '../../http/validate';

export const healthQuery = z.object({ commune: inseeCode.optional() });
