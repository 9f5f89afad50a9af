import { z } from 'zod';
import { inseeCode } from '../../http/validate';

export const overviewQuery = z.object({ commune: inseeCode });
