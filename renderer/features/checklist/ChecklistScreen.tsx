import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Checklist, ItemStatus } from '../../../electron/shared/planning';
import { getApi } from '../../api/client';
import { hrefFor } from '../../app/routes';
import { EmptyState } from '../../components/EmptyState';
import { ScreenHeader } from '../../components/ScreenHeader';
import { ChecklistItemCard } from './ChecklistItemCard';
import {
  applySavedProgress, filterItems, STATUSES, groupItems, itemKeyFromHash, ownersInUse, progressOf,
  type GroupMode, type ItemFilter, type ItemGroup, type SavedProgress,
} from './checklist-view';
import { ExportBar } from './ExportBar';
import { ProductChoice } from './ProductChoice';
import { ProgressBar } from './ProgressBar';
import { usePlan, type PlanLang } from './use-plan';
import './checklist.css';
import { ApiError } from '../../components/ApiError';
import type { ApiError as ApiErrorValue } from '../../../electron/shared/result';
import { formatNumber } from '../../i18n/format-number';

type ChoiceState = { state: 'idle' } | { state: 'busy' } | { state: 'done'; message: string } | { state: 'error'; error: ApiErrorValue };

export function ChecklistScreen() {
  const { t } = useTranslation();
  const { state, setValue, lang } = usePlan();
  const checklist = state.value;

  return (
    <>
      <ScreenHeader title={t('checklist.title')} />
      {state.status === 'loading' && !checklist && <p role="status">{t('common.loading')}</p>}
      {state.status === 'error' && <ApiError error={state.error} context={t('checklist.loadFailed')} />}
      {state.status === 'ready' && checklist === null && (
        <EmptyState title={t('checklist.empty.title')} body={t('checklist.empty.body')}>
          <a className="button primary" href={hrefFor('inventory')}>{t('checklist.empty.action')}</a>
        </EmptyState>
      )}
      {checklist && <ChecklistView checklist={checklist} lang={lang} onChange={setValue} />}
    </>
  );
}

function ChecklistView({ checklist, lang, onChange }: { checklist: Checklist; lang: PlanLang; onChange(next: Checklist | null): void }) {
  const { t } = useTranslation();
  const ownerOptionsId = useId();
  const [mode, setMode] = useState<GroupMode>('phase');
  const [filter, setFilter] = useState<ItemFilter>({ status: 'all', owner: '' });
  const [choice, setChoice] = useState<ChoiceState>({ state: 'idle' });

  const roleLabel = useCallback((role: string) => t(`checklist.roles.${role}`, { defaultValue: role }), [t]);
  const shown = useMemo(() => filterItems(checklist.items, filter, roleLabel), [checklist.items, filter, roleLabel]);
  const groups = useMemo(() => groupItems(checklist, shown, mode), [checklist, shown, mode]);
  const owners = useMemo(() => ownersInUse(checklist.items, roleLabel), [checklist.items, roleLabel]);

  // Saves can land before the previous one is rendered; apply each to the newest checklist, not the one this render saw.
  const latest = useRef(checklist);
  latest.current = checklist;
  const onSaved = useCallback((saved: SavedProgress) => {
    latest.current = applySavedProgress(latest.current, saved);
    onChange(latest.current);
  }, [onChange]);

  const choose = useCallback(async (productId: string, alternativeId: string | null) => {
    setChoice({ state: 'busy' });
    const result = await getApi()['plan.choose']({ scope: 'local', lang, productId, alternativeId });
    if (!result.ok) { setChoice({ state: 'error', error: result.error }); return; }
    onChange(result.value);
    const product = result.value?.products.find((p) => p.productId === productId);
    setChoice({ state: 'done', message: product?.chosen ? t('checklist.product.chosenAnnouncement', { product: product.productName, alternative: product.chosen.name }) : '' });
  }, [lang, onChange, t]);

  useFocusLinkedItem(checklist);

  return (
    <>
      <p className="lead">{t('checklist.intro')}</p>
      <ExportBar lang={lang} />
      <form className="checklist-toolbar" aria-label={t('checklist.view.label')} onSubmit={(event) => event.preventDefault()}>
        <fieldset className="group-toggle">
          <legend>{t('checklist.view.groupBy')}</legend>
          {(['phase', 'product'] as const).map((value) => (
            <label key={value}>
              <input type="radio" name="group" value={value} checked={mode === value} onChange={() => setMode(value)} />
              {t(value === 'phase' ? 'checklist.view.byPhase' : 'checklist.view.byProduct')}
            </label>
          ))}
        </fieldset>
        <label>
          <span>{t('checklist.view.status')}</span>
          <select name="status-filter" value={filter.status} onChange={(event) => setFilter({ ...filter, status: event.target.value as ItemStatus | 'all' })}>
            <option value="all">{t('checklist.view.allStatuses')}</option>
            {STATUSES.map((status) => <option key={status} value={status}>{t(`checklist.statuses.${status}`)}</option>)}
          </select>
        </label>
        <label>
          <span>{t('checklist.view.owner')}</span>
          <input
            name="owner-filter"
            type="search"
            list={ownerOptionsId}
            placeholder={t('checklist.view.ownerPlaceholder')}
            value={filter.owner}
            onChange={(event) => setFilter({ ...filter, owner: event.target.value })}
          />
        </label>
        <datalist id={ownerOptionsId}>{owners.map((owner) => <option key={owner} value={owner} />)}</datalist>
        <p className="showing" role="status">{t('checklist.view.showing', { shown: shown.length, total: checklist.items.length })}</p>
      </form>
      {choice.state === 'busy' && <p role="status">{t('checklist.product.updating')}</p>}
      {choice.state === 'done' && <p role="status" className="choice-done">{choice.message}</p>}
      {choice.state === 'error' && <ApiError error={choice.error} context={t('checklist.product.chooseFailed')} />}
      {shown.length === 0 && <p className="muted">{t('checklist.view.noneMatch')}</p>}
      {groups.map((group) => (
        <GroupSection
          key={group.id}
          group={group}
          checklist={checklist}
          ownerOptionsId={ownerOptionsId}
          onSaved={onSaved}
          choiceBusy={choice.state === 'busy'}
          onChoose={(alternativeId) => group.product && void choose(group.product.productId, alternativeId)}
        />
      ))}
    </>
  );
}

interface GroupProps {
  group: ItemGroup;
  checklist: Checklist;
  ownerOptionsId: string;
  onSaved(saved: SavedProgress): void;
  choiceBusy: boolean;
  onChoose(alternativeId: string | null): void;
}

function GroupSection({ group, checklist, ownerOptionsId, onSaved, choiceBusy, onChoose }: GroupProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const name = group.kind === 'phase' ? t(`checklist.phases.${group.phase}`)
    : group.kind === 'product' ? group.product!.productName : t('checklist.product.crossCutting');
  // The bar counts every item of the group, not only those the filters show.
  const all = checklist.items.filter((item) => group.kind === 'phase' ? item.phase === group.phase
    : group.kind === 'product' ? item.productId === group.id : item.productId === null);
  const progress = progressOf(all);
  return (
    <section className="checklist-group" aria-labelledby={headingId} data-group={group.id}>
      <header className="group-header">
        <h2 id={headingId}>{name}</h2>
        <ProgressBar done={progress.done} applicable={progress.applicable} name={name} />
        {group.product && (
          <span className="muted">{t('checklist.product.items', { count: all.length, hours: formatNumber(group.product.effortHours, i18n.language) })}</span>
        )}
      </header>
      {group.product && <ProductChoice product={group.product} busy={choiceBusy} onChoose={onChoose} />}
      {group.items.map((item) => <ChecklistItemCard key={item.key} item={item} ownerOptionsId={ownerOptionsId} onSaved={onSaved} />)}
    </section>
  );
}

/** A link from the overview (#/checklist?item=<key>) scrolls to the item and puts focus on it. */
function useFocusLinkedItem(checklist: Checklist) {
  const [handled, setHandled] = useState<string | null>(null);
  useEffect(() => {
    const key = itemKeyFromHash(window.location.hash);
    if (!key || key === handled) return;
    const element = document.querySelector<HTMLElement>(`[data-item-key="${CSS.escape(key)}"]`);
    if (!element) return;
    element.scrollIntoView({ block: 'start' });
    element.focus();
    setHandled(key);
  }, [checklist, handled]);
}
