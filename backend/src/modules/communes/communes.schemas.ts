import { z } from 'zod';
import { inseeCode, year } from '../../http/validate';

export const communeParams = z.object({ insee: inseeCode });

export const summaryQuery = z.object({ commune: inseeCode, year });
