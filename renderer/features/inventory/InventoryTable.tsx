import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VirtualTable, type TableSort, type VirtualColumn } from '../../components/VirtualTable';
import { filterRows, groupRows, nextSort, OUTCOME_KINDS, sortRows, type InventoryRow, type OutcomeKind } from './inventory-rows';
import { OutcomeBadge } from '../../components/OutcomeBadge';

interface InventoryTableProps {
  rows: readonly InventoryRow[];
  selectedId?: string;
  onSelect: (id: string) => void;
}

/** Search, outcome filter and grouping above one virtualised table of every row. */
export function InventoryTable({ rows, selectedId, onSelect }: InventoryTableProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<OutcomeKind | 'all'>('all');
  const [groupBySource, setGroupBySource] = useState(false);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [sort, setSort] = useState<TableSort>({ column: 'outcome', direction: 'asc' });
  // Typing stays responsive at 10,000 rows: the table catches up with the text a moment later.
  const deferredText = useDeferredValue(text);

  const sourceLabel = (source: string) => t(`inventory.sources.${source}`, { defaultValue: source });
  // Sorted once per click, filtered per keystroke: filtering keeps the order, so a keystroke never re-sorts.
  const sorted = useMemo(() => sortRows(rows, sort), [rows, sort]);
  const filtered = useMemo(() => filterRows(sorted, { text: deferredText, outcome }), [sorted, deferredText, outcome]);
  const entries = useMemo(() => groupRows(filtered, groupBySource, collapsed, sourceLabel), [filtered, groupBySource, collapsed, t]);

  const columns = useMemo((): VirtualColumn<InventoryRow>[] => [
    { id: 'name', header: t('inventory.columns.name'), width: 'minmax(0, 1.8fr)', sortable: true, cell: (r) => r.name, title: (r) => r.name },
    { id: 'version', header: t('inventory.columns.version'), width: 'minmax(0, 0.9fr)', sortable: true, cell: (r) => r.version, title: (r) => r.version },
    { id: 'publisher', header: t('inventory.columns.publisher'), width: 'minmax(0, 1.2fr)', sortable: true, cell: (r) => r.publisher, title: (r) => r.publisher },
    { id: 'source', header: t('inventory.columns.source'), width: 'minmax(0, 1.2fr)', sortable: true, cell: (r) => sourceLabel(r.source), title: (r) => sourceLabel(r.source) },
    { id: 'outcome', header: t('inventory.columns.outcome'), width: '12rem', sortable: true, cell: (r) => <OutcomeBadge kind={r.outcome.kind} /> },
    { id: 'catalogue', header: t('inventory.columns.catalogue'), width: 'minmax(0, 1.5fr)', sortable: true, cell: (r) => r.catalogueName, title: (r) => r.catalogueName },
    {
      id: 'tier', header: t('inventory.columns.tier'), width: 'minmax(0, 1.2fr)', sortable: true,
      cell: (r) => (r.tier ? t('inventory.tierCell', { tier: t(`inventory.tiers.${r.tier}`), confidence: Math.round((r.confidence ?? 0) * 100) }) : ''),
    },
    { id: 'explanation', header: t('inventory.columns.explanation'), width: 'minmax(0, 2.2fr)', sortable: true, cell: (r) => r.explanation, title: (r) => r.explanation },
  ], [t]);

  const toggleGroup = (key: string) => {
    const source = key.replace(/^group:/, '');
    setCollapsed((previous) => {
      const next = new Set(previous);
      if (!next.delete(source)) next.add(source);
      return next;
    });
  };

  return (
    <section className="inv-table-section" aria-label={t('inventory.table.label')}>
      <div className="inv-table-toolbar" role="search">
        <label>
          {t('inventory.table.search')}
          <input type="search" value={text} onChange={(event) => setText(event.target.value)} placeholder={t('inventory.table.searchPlaceholder')} data-testid="inventory-search" />
        </label>
        <label>
          {t('inventory.table.outcome')}
          <select value={outcome} onChange={(event) => setOutcome(event.target.value as OutcomeKind | 'all')} data-testid="outcome-filter">
            <option value="all">{t('inventory.table.allOutcomes')}</option>
            {OUTCOME_KINDS.map((kind) => <option key={kind} value={kind}>{t(`outcome.${kind}`)}</option>)}
          </select>
        </label>
        <label className="inv-checkbox">
          <input type="checkbox" checked={groupBySource} onChange={(event) => setGroupBySource(event.target.checked)} data-testid="group-by-source" />
          {t('inventory.table.groupBySource')}
        </label>
        <p role="status" className="inv-table-count" data-testid="table-count">{t('inventory.table.count', { count: filtered.length, total: rows.length })}</p>
      </div>
      <VirtualTable
        label={t('inventory.table.label')}
        columns={columns}
        entries={entries}
        sort={sort}
        onSort={(column) => setSort((current) => nextSort(current, column))}
        selectedKey={selectedId}
        onSelect={onSelect}
        onToggleGroup={toggleGroup}
        groupCountText={(count) => t('inventory.table.groupCount', { count })}
        emptyText={t('inventory.table.empty')}
        testId="inventory-grid"
      />
      <p className="inv-muted inv-table-hint">{t('inventory.table.keyboardHint')}</p>
    </section>
  );
}
