/**
 * From matched rows to findings: one finding per catalogue entry with all its observations as evidence
 * (package + .desktop entry + running process + usage are one app, not four). Rows linked by the collectors
 * (linkedTo) join the finding of the row they belong to. Suites expand to their members, honouring the
 * Click-to-Run ExcludedApps of the suite's rows, without counting a member twice.
 */
import type { MatchableEntry } from '../catalogue/types';
import type { Finding, FindingEvidence, ItemMatch } from '../../shared/matching';

export function buildFindings(matches: readonly ItemMatch[], entries: ReadonlyMap<string, MatchableEntry>): Finding[] {
  const findings = new Map<string, Finding>();
  const byItemId = new Map(matches.map((m) => [m.item.id, m]));

  const findingFor = (entry: MatchableEntry): Finding => {
    const key = `${entry.kind}:${entry.id}`;
    let finding = findings.get(key);
    if (!finding) {
      finding = {
        kind: entry.kind, catalogueId: entry.id, name: entry.name, category: entry.category, vendor: entry.vendor,
        confidence: 0, evidence: [], usage: { running: false }, versions: [], platforms: [],
      };
      findings.set(key, finding);
    }
    return finding;
  };

  const addEvidence = (finding: Finding, match: ItemMatch, evidence: FindingEvidence) => {
    if (finding.evidence.some((e) => e.itemId === evidence.itemId)) return;
    finding.evidence.push(evidence);
    finding.confidence = Math.max(finding.confidence, evidence.confidence);
    const item = match.item;
    if (item.version && !finding.versions.includes(item.version)) finding.versions.push(item.version);
    if (!finding.platforms.includes(item.platform)) finding.platforms.push(item.platform);
    if (item.lastUsed && (!finding.usage.lastUsed || item.lastUsed > finding.usage.lastUsed)) finding.usage.lastUsed = item.lastUsed;
    if (item.useCount !== undefined) finding.usage.useCount = (finding.usage.useCount ?? 0) + item.useCount;
    if (item.focusSeconds !== undefined) finding.usage.focusSeconds = (finding.usage.focusSeconds ?? 0) + item.focusSeconds;
    if (item.running) finding.usage.running = true;
  };

  for (const match of matches) {
    const outcome = match.outcome;
    if (outcome.kind === 'ignored') continue;
    const entry = entries.get(`${outcome.kind}:${outcome.catalogueId}`);
    if (!entry) continue;
    addEvidence(findingFor(entry), match, {
      itemId: match.item.id, source: match.item.source, name: match.item.name, tier: outcome.tier, confidence: outcome.confidence, explanation: outcome.explanation,
    });
  }

  // Observations the collectors linked to a matched row (a process, a usage record) count for that finding,
  // unless they were rejected by the user or matched something else on their own.
  for (const match of matches) {
    if (match.outcome.kind !== 'ignored' || match.outcome.tier === 'correction') continue;
    for (const linkedId of match.item.linkedTo) {
      const partner = byItemId.get(linkedId);
      if (!partner || partner.outcome.kind === 'ignored') continue;
      const finding = findings.get(`${partner.outcome.kind}:${partner.outcome.catalogueId}`);
      if (!finding) continue;
      addEvidence(finding, match, {
        itemId: match.item.id, source: match.item.source, name: match.item.name, tier: 'linked', confidence: partner.outcome.confidence,
        explanation: `same app as '${partner.item.name}' (${match.item.source})`,
      });
      break;
    }
  }

  // Suites imply their members unless the installer excluded them.
  for (const suite of [...findings.values()]) {
    const suiteEntry = entries.get(`${suite.kind}:${suite.catalogueId}`);
    if (!suiteEntry || suiteEntry.members.length === 0) continue;
    const excluded = new Set<string>();
    for (const evidence of suite.evidence) {
      for (const app of byItemId.get(evidence.itemId)?.item.excludedApps ?? []) excluded.add(app.toLowerCase());
    }
    for (const memberId of suiteEntry.members) {
      const member = entries.get(`${suite.kind}:${memberId}`);
      if (!member || (member.c2rApp && excluded.has(member.c2rApp.toLowerCase()))) continue;
      const existing = findings.get(`${member.kind}:${member.id}`);
      const finding = existing ?? findingFor(member);
      if (!existing) {
        finding.impliedBy = suite.name;
        finding.confidence = suite.confidence;
        finding.versions = [...suite.versions];
        finding.platforms = [...suite.platforms];
      }
      finding.evidence.push({
        itemId: suite.evidence[0]?.itemId ?? '', source: suite.evidence[0]?.source ?? 'import', name: suite.name, tier: 'suite',
        confidence: suite.confidence, explanation: `part of ${suite.name}`,
      });
    }
  }

  return [...findings.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.category.localeCompare(b.category) || a.name.localeCompare(b.name));
}
