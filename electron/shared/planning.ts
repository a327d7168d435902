/** The switching plan as the UI, the CLI and the reports see it. No Node, no DOM. */
import { z } from 'zod';

export const PHASES = ['governance', 'inventory', 'pilot', 'prepare', 'migrate', 'train', 'rollout', 'hypercare', 'decommission'] as const;
export type Phase = (typeof PHASES)[number];

export const ItemStatusSchema = z.enum(['todo', 'in-progress', 'done', 'not-applicable']);
export type ItemStatus = z.infer<typeof ItemStatusSchema>;
export const ITEM_STATUSES = ItemStatusSchema.options;

export type RiskLevel = 'low' | 'medium' | 'high';

export interface SourceLink { url: string; verifiedOn: string }

export interface ChecklistItem {
  /** Stable across re-generation: progress is stored under it. */
  key: string;
  templateId: string;
  phase: Phase;
  title: string;
  detail: string | null;
  ownerRole: string;
  productId: string | null;
  productName: string | null;
  alternativeId: string | null;
  alternativeName: string | null;
  crossCutting: boolean;
  effortHours: number;
  risk: { likelihood: number; impact: number; score: number; level: RiskLevel };
  /** Why this effort and risk, in words ("12 macro-enabled files found"). */
  reasoning: string[];
  /** A condition depended on a fact the scan could not establish: keep the step, check by hand. */
  verify: boolean;
  verifyFacts: string[];
  dependsOn: string[];
  sources: SourceLink[];
  status: ItemStatus;
  owner: string;
  dueDate: string | null;
  notes: string;
}

export interface CandidateAlternative {
  id: string;
  name: string;
  vendor: string;
  country: string;
  ownerCountry: string;
  inEu: boolean;
  inEurope: boolean;
  openSource: string;
  licence: string;
  selfHostable: string;
  euHosting: string;
  fit: string;
  effort: string;
  score: number;
  reasons: string[];
  gained: string | null;
  lost: string | null;
}

export type ProductDecision = 'migrate' | 'uninstall' | 'no-alternative';

export interface ProductPlan {
  productId: string;
  productName: string;
  vendor: string;
  vendorCountry: string;
  ownerCountry: string;
  category: string;
  dataLocation: string;
  lastUsed: string | null;
  usageKnown: boolean;
  /** Hosts with the product, for fleet plans ("Visio on 14 of 220 machines, used on 3"). */
  hosts?: { installed: number; used90: number; total: number };
  decision: ProductDecision;
  chosen: CandidateAlternative | null;
  /** True when the user picked the alternative rather than the ranking. */
  chosenByUser: boolean;
  candidates: CandidateAlternative[];
  effortHours: number;
  riskScore: number;
  reasoning: string[];
  eolDate: string | null;
}

export interface PhaseProgress { phase: Phase; total: number; done: number; applicable: number }

export interface SovereigntyRow {
  category: string;
  /** The category's name in the plan's language. */
  categoryName: string;
  /** Products in use whose vendor (or owner) is under US jurisdiction. */
  usVendorProducts: string[];
  otherNonEuProducts: string[];
  europeanProducts: string[];
  cloudProducts: string[];
  localProducts: string[];
  /** After the plan: the chosen alternatives and where their vendors sit. */
  after: Array<{ productId: string; alternative: string; country: string; ownerCountry: string; european: boolean }>;
}

export interface SovereigntySummary {
  rows: SovereigntyRow[];
  before: { usJurisdiction: number; otherNonEu: number; european: number; cloud: number; local: number };
  after: { usJurisdiction: number; otherNonEu: number; european: number };
  alreadySwitched: string[];
}

export interface Checklist {
  scope: string;
  lang: 'en' | 'de';
  generatedAt: string;
  scanDate: string;
  catalogue: { buildId: string; buildDate: string | null };
  products: ProductPlan[];
  items: ChecklistItem[];
  phases: PhaseProgress[];
  totals: { items: number; done: number; effortHours: number };
  sovereignty: SovereigntySummary;
}
