/**
 * Effort and risk of one step from its template and the evidence. Effort = base hours + hours per unit ×
 * the quantity the scan measured; risk = likelihood × impact (1..25), likelihood raised by one when the
 * quantity is large. The words of every adjustment go into `reasoning`.
 */
import type { RiskLevel } from '../../shared/planning';
import type { StepTemplateRecord } from '../catalogue/types';
import type { Facts } from './condition';
import { FACT_LABELS, FACT_LABELS_ONE } from './facts';

/** From this many units on (files, users), a step is likelier to hit trouble: more variety, more edge cases. */
export const LARGE_QUANTITY = 10;

export interface Sizing {
  effortHours: number;
  risk: { likelihood: number; impact: number; score: number; level: RiskLevel };
  reasoning: string[];
  unknownQuantity: string | null;
}

export const riskLevel = (score: number): RiskLevel => (score >= 15 ? 'high' : score >= 8 ? 'medium' : 'low');

export function sizeStep(template: StepTemplateRecord, facts: Facts, lang: 'en' | 'de'): Sizing {
  const reasoning: string[] = [];
  let effort = template.effort.baseH;
  let likelihood = template.risk.likelihood;
  let unknownQuantity: string | null = null;
  const fact = template.quantityFact;
  if (fact) {
    const value = facts.get(fact);
    const label = (value === 1 ? FACT_LABELS_ONE[fact]?.[lang] : undefined) ?? FACT_LABELS[fact]?.[lang] ?? fact.replaceAll('_', ' ');
    if (typeof value === 'number') {
      effort += template.effort.perUnitH * value;
      if (template.effort.perUnitH > 0) reasoning.push(`${value} ${label}`);
      if (value >= LARGE_QUANTITY && likelihood < 5) {
        likelihood += 1;
        reasoning.push(lang === 'de' ? `Risiko erhöht: ${value} ${label}` : `risk raised: ${value} ${label}`);
      }
    } else if (template.effort.perUnitH > 0) {
      unknownQuantity = fact;
      reasoning.push(lang === 'de' ? `Anzahl unbekannt (${label}): nur Grundaufwand gerechnet` : `quantity unknown (${label}): base effort only`);
    }
  }
  const score = likelihood * template.risk.impact;
  return {
    effortHours: Math.round(effort * 10) / 10,
    risk: { likelihood, impact: template.risk.impact, score, level: riskLevel(score) },
    reasoning,
    unknownQuantity,
  };
}
