// The finances of the demo communes: one profile per commune (operating expenses, gross savings rate, debt path,
// equipment effort: the orders of magnitude of README.md) and the mix of accounts and functions the totals are
// spread over. budget.ts turns them into budget lines.
import type { CommuneCode } from './geography';

export type Split = string | [fn: string, weight: number][];

export interface FinanceProfile {
  /** Real operating expenses in 2020, €. */
  drf2020: number;
  /** DRF growth factor of each following year (2021...). */
  growth: number[];
  /** Taux d'épargne brute per year from 2020 (the last value repeats). */
  savings: number[];
  personnelShare: number;
  /** Debt at 31/12 from 2019, € (the last value repeats). */
  debt: number[];
  /** Average remaining life of the debt, years (repayment = debt / life). */
  debtLife: number;
  /** Equipment spending per inhabitant from 2020, €. */
  equipment: number[];
  /** Overrides of the revenue mix (shares of RRF). */
  revenueMix?: Record<string, number>;
  /** Asset sales per year, € (range). */
  cessions: [number, number];
}

const M = 1_000_000;

/** Planted story 5: Roubaix's savings fall and its debt grows, so its capacité de désendettement passes 12 years. */
export const FINANCE_PROFILES: Record<CommuneCode, FinanceProfile> = {
  LIL: {
    drf2020: 440 * M,
    growth: [1.009, 1.025, 1.031, 1.015, 1.01, 1.015],
    savings: [0.135, 0.142, 0.118, 0.106, 0.115, 0.122, 0.11],
    personnelShare: 0.57,
    debt: [307 * M, 309 * M, 312 * M, 318 * M, 322 * M, 318 * M, 314 * M, 316 * M],
    debtLife: 15,
    equipment: [255, 270, 300, 330, 350, 360, 300],
    cessions: [2 * M, 8 * M],
  },
  RBX: {
    drf2020: 142 * M,
    growth: [1.012, 1.03, 1.035, 1.018, 1.012, 1.01],
    savings: [0.115, 0.106, 0.09, 0.08, 0.072, 0.064, 0.06],
    personnelShare: 0.585,
    debt: [122 * M, 126 * M, 131 * M, 137 * M, 143 * M, 148 * M, 153 * M, 157 * M],
    debtLife: 15,
    equipment: [260, 280, 300, 290, 270, 250, 220],
    revenueMix: { '73111': 0.26, '7411': 0.12, '74123': 0.15, '73211': 0.11 },
    cessions: [0.5 * M, 3 * M],
  },
  TCG: {
    drf2020: 134 * M,
    growth: [1.01, 1.025, 1.03, 1.015, 1.01, 1.012],
    savings: [0.125, 0.13, 0.11, 0.105, 0.11, 0.115, 0.11],
    personnelShare: 0.56,
    debt: [108 * M, 107 * M, 106 * M, 108 * M, 110 * M, 109 * M, 108 * M, 108 * M],
    debtLife: 16,
    equipment: [250, 270, 290, 310, 300, 280, 260],
    revenueMix: { '73111': 0.3, '74123': 0.1, '7411': 0.12 },
    cessions: [0.5 * M, 3 * M],
  },
  MCQ: {
    drf2020: 51 * M,
    growth: [1.012, 1.025, 1.03, 1.015, 1.01, 1.012],
    savings: [0.15, 0.155, 0.135, 0.128, 0.135, 0.14, 0.13],
    personnelShare: 0.55,
    debt: [24 * M, 23.5 * M, 23 * M, 24 * M, 25 * M, 24.5 * M, 24 * M, 24 * M],
    debtLife: 14,
    equipment: [280, 300, 320, 340, 330, 320, 300],
    revenueMix: { '73111': 0.45, '74123': 0, '7411': 0.08 },
    cessions: [0.2 * M, 1.5 * M],
  },
};

/** Interest rate on the average debt of the year (new loans dearer from 2023). */
export const INTEREST_RATE: Record<number, number> = {
  2020: 0.021,
  2021: 0.02,
  2022: 0.02,
  2023: 0.0235,
  2024: 0.0255,
  2025: 0.026,
  2026: 0.026,
};
/** Transfer duties (DMTO) follow the property market: a fall in 2023-2024. */
export const DMTO_INDEX: Record<number, number> = {
  2020: 1,
  2021: 1.15,
  2022: 1.1,
  2023: 0.85,
  2024: 0.78,
  2025: 0.85,
  2026: 0.9,
};
export const FCTVA_RATE = 0.16404;
/** Depreciation charge (6811 / 28188) as a share of DRF. */
export const DEPRECIATION_SHARE = 0.05;

export const PERSONNEL: [string, number][] = [
  ['64111', 0.5],
  ['64118', 0.05],
  ['64131', 0.16],
  ['6451', 0.13],
  ['6453', 0.15],
  ['6218', 0.01],
];
export const PERSONNEL_FUNCTIONS: [string, number][] = [
  ['020', 0.24],
  ['11', 0.05],
  ['211', 0.06],
  ['212', 0.12],
  ['281', 0.06],
  ['311', 0.04],
  ['313', 0.04],
  ['321', 0.04],
  ['323', 0.03],
  ['33', 0.03],
  ['422', 0.07],
  ['42', 0.03],
  ['511', 0.04],
  ['722', 0.06],
  ['845', 0.09],
];
/** Other operating expenses, shares of DRF. */
export const OTHER_EXPENSES: [string, number, Split][] = [
  ['657362', 0.042, '42'],
  [
    '6574',
    0.075,
    [
      ['30', 0.3],
      ['311', 0.2],
      ['32', 0.2],
      ['42', 0.15],
      ['632', 0.1],
      ['020', 0.05],
    ],
  ],
  ['6553', 0.02, '12'],
  ['65311', 0.004, '020'],
  ['65548', 0.012, '020'],
  ['6558', 0.015, '212'],
  ['739223', 0.0035, '01'],
  ['673', 0.0008, '01'],
  ['6817', 0.001, '01'],
  ['6688', 0.0003, '01'],
];
/** Chapter 011 outside fluids, shares of what remains. */
export const GENERAL_EXPENSES: [string, number, Split][] = [
  [
    '6042',
    0.28,
    [
      ['281', 0.8],
      ['422', 0.1],
      ['33', 0.1],
    ],
  ],
  [
    '611',
    0.22,
    [
      ['020', 0.3],
      ['722', 0.4],
      ['845', 0.3],
    ],
  ],
  [
    '615221',
    0.1,
    [
      ['020', 0.3],
      ['212', 0.35],
      ['321', 0.1],
      ['311', 0.1],
      ['313', 0.05],
      ['422', 0.1],
    ],
  ],
  ['6156', 0.07, '020'],
  [
    '6068',
    0.08,
    [
      ['020', 0.5],
      ['845', 0.5],
    ],
  ],
  ['6135', 0.04, '020'],
  ['6231', 0.01, '020'],
  ['6257', 0.01, '020'],
  ['6188', 0.05, '020'],
  [
    '6288',
    0.14,
    [
      ['020', 0.5],
      ['311', 0.2],
      ['33', 0.3],
    ],
  ],
];
/** Real operating revenue, shares of RRF (normalised; per-commune overrides in the profiles). */
export const REVENUES: [string, number, Split][] = [
  ['73111', 0.36, '01'],
  ['73211', 0.13, '01'],
  ['73212', 0.02, '01'],
  ['7381', 0.035, '01'],
  ['7351', 0.008, '01'],
  ['7362', 0.004, '01'],
  ['7411', 0.11, '01'],
  ['74123', 0.05, '01'],
  ['74127', 0.01, '01'],
  ['744', 0.002, '01'],
  [
    '7478',
    0.04,
    [
      ['422', 0.6],
      ['33', 0.4],
    ],
  ],
  ['7471', 0.01, '20'],
  ['74834', 0.015, '01'],
  ['7067', 0.03, '281'],
  [
    '7063',
    0.006,
    [
      ['323', 0.7],
      ['321', 0.3],
    ],
  ],
  ['70323', 0.01, '845'],
  ['7066', 0.01, '422'],
  ['70878', 0.008, '020'],
  ['752', 0.012, '020'],
  ['758', 0.004, '020'],
  ['6419', 0.006, '020'],
  ['7688', 0.0005, '01'],
  ['7788', 0.002, '01'],
];
/** Equipment outside programmes, shares. */
export const EQUIPMENT_OUTSIDE_PROGRAMMES: [string, number, Split][] = [
  ['2183', 0.08, '020'],
  ['2182', 0.05, '020'],
  [
    '2188',
    0.12,
    [
      ['020', 0.4],
      ['212', 0.3],
      ['321', 0.15],
      ['313', 0.15],
    ],
  ],
  [
    '21312',
    0.2,
    [
      ['212', 0.7],
      ['211', 0.3],
    ],
  ],
  [
    '2135',
    0.2,
    [
      ['020', 0.35],
      ['321', 0.2],
      ['313', 0.15],
      ['311', 0.15],
      ['422', 0.15],
    ],
  ],
  ['2152', 0.12, '845'],
  ['2128', 0.08, '511'],
  ['2051', 0.03, '020'],
  [
    '20422',
    0.12,
    [
      ['55', 0.6],
      ['632', 0.4],
    ],
  ],
];
/** Investment subsidies received, shares of the year's equipment spending. */
export const SUBSIDIES: [string, number, Split][] = [
  [
    '1321',
    0.05,
    [
      ['212', 0.4],
      ['323', 0.3],
      ['845', 0.3],
    ],
  ],
  [
    '1322',
    0.03,
    [
      ['845', 0.5],
      ['313', 0.5],
    ],
  ],
  [
    '1323',
    0.02,
    [
      ['42', 0.5],
      ['311', 0.5],
    ],
  ],
];
