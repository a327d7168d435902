import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistItem, ItemStatus } from '../../../electron/shared/planning';
import { getApi } from '../../api/client';
import { STATUSES, type SavedProgress } from './checklist-view';
import { RiskBadge } from './RiskBadge';
import { useDebouncedCallback } from './use-debounced-callback';
import { ApiError } from '../../components/ApiError';
import type { ApiError as ApiErrorValue } from '../../../electron/shared/result';
import { formatNumber } from '../../i18n/format-number';

/** Text fields save once typing pauses this long: often enough that nothing is lost, rarely enough not to write every keystroke. */
const TEXT_SAVE_DELAY_MS = 600;

type Update = { status?: ItemStatus; owner?: string; dueDate?: string | null; notes?: string };
type SaveState = { state: 'idle' } | { state: 'saving' } | { state: 'saved' } | { state: 'error'; error: ApiErrorValue };

interface Props {
  item: ChecklistItem;
  ownerOptionsId: string;
  onSaved(saved: SavedProgress): void;
}

export function ChecklistItemCard({ item, ownerOptionsId, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  // Drafts of the text fields stay local while the user types; the saved values come back through onSaved.
  const [owner, setOwner] = useState(item.owner);
  const [notes, setNotes] = useState(item.notes);
  const [dueDate, setDueDate] = useState(item.dueDate ?? '');
  const [save, setSave] = useState<SaveState>({ state: 'idle' });

  const send = useCallback(async (update: Update) => {
    setSave({ state: 'saving' });
    const result = await getApi()['plan.updateItem']({ scope: 'local', itemKey: item.key, ...update });
    if (result.ok) {
      onSaved(result.value);
      setSave({ state: 'saved' });
    } else {
      setSave({ state: 'error', error: result.error });
    }
  }, [item.key, onSaved]);
  const ownerSave = useDebouncedCallback((value: string) => void send({ owner: value }), TEXT_SAVE_DELAY_MS);
  const notesSave = useDebouncedCallback((value: string) => void send({ notes: value }), TEXT_SAVE_DELAY_MS);

  const saveText = save.state === 'saving' ? t('checklist.item.saving') : save.state === 'saved' ? t('checklist.item.saved') : '';

  return (
    <article className={`checklist-item status-${item.status}`} data-item-key={item.key} tabIndex={-1} aria-labelledby={`${id}-title`}>
      <header className="item-header">
        <h3 id={`${id}-title`}>{item.title}</h3>
        <RiskBadge risk={item.risk} />
        {item.verify && <span className="verify-badge">⚠ {t('checklist.item.verify')}</span>}
      </header>
      {item.productName && (
        <p className="item-product">
          {item.alternativeName
            ? t('checklist.item.productToAlternative', { product: item.productName, alternative: item.alternativeName })
            : item.productName}
        </p>
      )}
      <dl className="item-facts">
        <div><dt>{t('checklist.item.ownerRole')}</dt><dd>{t(`checklist.roles.${item.ownerRole}`, { defaultValue: item.ownerRole })}</dd></div>
        <div><dt>{t('checklist.item.effort')}</dt><dd>{t('checklist.item.effortHours', { hours: formatNumber(item.effortHours, i18n.language) })}</dd></div>
        <div><dt>{t('checklist.item.risk')}</dt><dd>{t(`checklist.risks.${item.risk.level}`)}</dd></div>
      </dl>
      {item.detail && <p className="item-detail">{item.detail}</p>}
      {item.verify && (
        <div className="verify-box">
          <p>{t('checklist.item.verifyIntro')}</p>
          <ul>{item.verifyFacts.map((fact) => <li key={fact}>{t(`checklist.facts.${fact}`, { defaultValue: fact })}</li>)}</ul>
        </div>
      )}
      {item.reasoning.length > 0 && (
        <div className="item-reasoning">
          <h4>{t('checklist.item.reasoning')}</h4>
          <ul>{item.reasoning.map((line) => <li key={line}>{line}</li>)}</ul>
        </div>
      )}
      {item.sources.length > 0 && (
        <details className="item-sources">
          <summary>{t('checklist.item.sources', { count: item.sources.length })}</summary>
          {/* Plain text, not links: the app never opens the network; the user copies what to check. */}
          <ul>
            {item.sources.map((source) => (
              <li key={source.url}><code>{source.url}</code> — {t('checklist.item.sourceChecked', { date: source.verifiedOn })}</li>
            ))}
          </ul>
        </details>
      )}
      <div className="item-edit">
        <label>
          <span>{t('checklist.item.status')}</span>
          <select name="status" value={item.status} onChange={(event) => void send({ status: event.target.value as ItemStatus })}>
            {STATUSES.map((status) => <option key={status} value={status}>{t(`checklist.statuses.${status}`)}</option>)}
          </select>
        </label>
        <label>
          <span>{t('checklist.item.owner')}</span>
          <input
            name="owner"
            type="text"
            list={ownerOptionsId}
            value={owner}
            maxLength={200}
            onChange={(event) => { setOwner(event.target.value); ownerSave.schedule(event.target.value); }}
            onBlur={ownerSave.flush}
          />
        </label>
        <label>
          <span>{t('checklist.item.dueDate')}</span>
          <input
            name="dueDate"
            type="date"
            value={dueDate}
            onChange={(event) => { setDueDate(event.target.value); void send({ dueDate: event.target.value || null }); }}
          />
        </label>
        <label className="item-notes">
          <span>{t('checklist.item.notes')}</span>
          <textarea
            name="notes"
            rows={2}
            value={notes}
            maxLength={20_000}
            onChange={(event) => { setNotes(event.target.value); notesSave.schedule(event.target.value); }}
            onBlur={notesSave.flush}
          />
        </label>
      </div>
      <p className={`save-state save-${save.state}`} role="status">{saveText}</p>
      {save.state === 'error' && <ApiError error={save.error} context={t('checklist.item.saveFailed')} />}
    </article>
  );
}
