/**
 * A keyboard-operable table that renders only the rows in view, so 10,000 rows scroll as smoothly as 30.
 * ARIA grid pattern (https://www.w3.org/WAI/ARIA/apg/patterns/grid/): the grid takes focus once and
 * aria-activedescendant points at the active row, because virtualised rows come and go and cannot each
 * hold a tab stop. Rows may be interleaved with collapsible group rows.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import './VirtualTable.css';

export interface VirtualColumn<T> {
  id: string;
  header: string;
  /** A CSS grid track, e.g. 'minmax(0, 2fr)'. */
  width: string;
  cell: (row: T) => ReactNode;
  /** Plain text for the cell's tooltip, since long cells are cut off with an ellipsis. */
  title?: (row: T) => string;
  sortable?: boolean;
}

export type VirtualEntry<T> =
  | { type: 'row'; key: string; row: T }
  | { type: 'group'; key: string; label: string; count: number; expanded: boolean };

export interface TableSort {
  column: string;
  direction: 'asc' | 'desc';
}

interface VirtualTableProps<T> {
  label: string;
  columns: readonly VirtualColumn<T>[];
  entries: readonly VirtualEntry<T>[];
  sort?: TableSort;
  onSort?: (column: string) => void;
  selectedKey?: string;
  onSelect?: (key: string) => void;
  onToggleGroup?: (key: string) => void;
  /** Text of a group row's toggle for screen readers, e.g. "12 rows". */
  groupCountText?: (count: number) => string;
  emptyText: string;
  testId?: string;
}

const ROW_HEIGHT = 32;
/** The body never grows past this; beyond it the table scrolls. */
const MAX_BODY_HEIGHT = 480;
/** Rows rendered beyond the visible ones, so fast scrolling shows no blank gaps. */
const OVERSCAN = 12;
const PAGE_ROWS = 10;

export function VirtualTable<T>(props: VirtualTableProps<T>) {
  const { columns, entries, sort, onSort, selectedKey, onSelect, onToggleGroup } = props;
  const idPrefix = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const activeIndex = Math.min(active, Math.max(entries.length - 1, 0));
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    getItemKey: (index) => entries[index]!.key,
  });
  const template = columns.map((column) => column.width).join(' ');
  const rowId = (index: number) => `${idPrefix}-row-${index}`;

  // The active row must be rendered and in view, or aria-activedescendant would point at nothing: every key
  // that moves it, and focus arriving from elsewhere, scroll it in (even when it is already the active one).
  const moveTo = (index: number) => {
    setActive(index);
    virtualizer.scrollToIndex(index, { align: 'auto' });
  };

  const activate = (index: number) => {
    const entry = entries[index];
    if (!entry) return;
    if (entry.type === 'group') onToggleGroup?.(entry.key);
    else onSelect?.(entry.key);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Keys pressed on a header button belong to that button.
    if (event.target !== event.currentTarget || !entries.length) return;
    const last = entries.length - 1;
    const entry = entries[activeIndex];
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1, ArrowUp: activeIndex - 1, Home: 0, End: last,
      PageDown: activeIndex + PAGE_ROWS, PageUp: activeIndex - PAGE_ROWS,
    };
    if (event.key in moves) {
      moveTo(Math.max(0, Math.min(last, moves[event.key]!)));
    } else if (event.key === 'Enter' || event.key === ' ') {
      activate(activeIndex);
    } else if (entry?.type === 'group' && ((event.key === 'ArrowLeft' && entry.expanded) || (event.key === 'ArrowRight' && !entry.expanded))) {
      onToggleGroup?.(entry.key);
    } else {
      return;
    }
    event.preventDefault();
  };

  const bodyHeight = Math.min(Math.max(entries.length, 1) * ROW_HEIGHT, MAX_BODY_HEIGHT);
  return (
    <div
      className="vtable"
      role="grid"
      aria-label={props.label}
      aria-rowcount={entries.length + 1}
      aria-colcount={columns.length}
      aria-activedescendant={entries.length ? rowId(activeIndex) : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onFocus={(event) => { if (event.target === event.currentTarget && entries.length) moveTo(activeIndex); }}
      data-testid={props.testId}
    >
      <div className="vtable-head" role="rowgroup">
        <div className="vtable-row" role="row" aria-rowindex={1} style={{ gridTemplateColumns: template }}>
          {columns.map((column, index) => {
            const sorted = sort?.column === column.id ? sort.direction : undefined;
            return (
              <div
                key={column.id}
                role="columnheader"
                aria-colindex={index + 1}
                aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : column.sortable ? 'none' : undefined}
                data-column={column.id}
              >
                {column.sortable && onSort ? (
                  <button type="button" className="vtable-sort" onClick={() => onSort(column.id)}>
                    {column.header}
                    <span aria-hidden="true" className="vtable-sort-mark">{sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}</span>
                  </button>
                ) : column.header}
              </div>
            );
          })}
        </div>
      </div>
      <div className="vtable-body" role="rowgroup" ref={scrollRef} style={{ height: bodyHeight }}>
        {!entries.length && <div className="vtable-empty" role="row"><span role="gridcell">{props.emptyText}</span></div>}
        <div className="vtable-spacer" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const entry = entries[item.index]!;
            const common = {
              id: rowId(item.index),
              role: 'row',
              'aria-rowindex': item.index + 2,
              'data-key': entry.key,
              'data-active': item.index === activeIndex || undefined,
              style: { transform: `translateY(${item.start}px)`, height: ROW_HEIGHT },
              onClick: () => { setActive(item.index); activate(item.index); },
            } as const;
            if (entry.type === 'group') {
              return (
                <div key={item.key} {...common} className="vtable-row vtable-group" aria-expanded={entry.expanded} data-group={entry.key}>
                  <span role="gridcell" aria-colspan={columns.length} className="vtable-group-cell">
                    <span aria-hidden="true" className="vtable-caret">{entry.expanded ? '▾' : '▸'}</span>
                    <strong>{entry.label}</strong>
                    <span className="vtable-group-count">{props.groupCountText?.(entry.count) ?? entry.count}</span>
                  </span>
                </div>
              );
            }
            return (
              <div
                key={item.key}
                {...common}
                className="vtable-row vtable-data"
                aria-selected={entry.key === selectedKey}
                style={{ ...common.style, gridTemplateColumns: template }}
              >
                {columns.map((column, index) => (
                  <span key={column.id} role="gridcell" aria-colindex={index + 1} data-column={column.id} title={column.title?.(entry.row)}>
                    {column.cell(entry.row)}
                  </span>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
