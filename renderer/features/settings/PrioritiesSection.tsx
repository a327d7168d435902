import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrioritiesInput } from '../../../electron/shared/contract';
import { getApi } from '../../api/client';
import { DEFAULT_PRIORITIES, isDefault, PRIORITY_KEYS, PRIORITY_LEVELS, type PriorityKey } from './priorities';
import './settings.css';
import { ApiError } from '../../components/ApiError';
import type { ApiError as ApiErrorValue } from '../../../electron/shared/result';

type State =
  | { status: 'loading' }
  | { status: 'error'; error: ApiErrorValue; priorities?: PrioritiesInput }
  | { status: 'ready'; priorities: PrioritiesInput; saved: boolean };

/**
 * How much each criterion weighs when alternatives are ranked. Radio groups rather than sliders: four named
 * steps read better than a slider position, and arrow keys move through them. Every change is saved at once.
 */
export function PrioritiesSection() {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ status: 'loading' });
  // Saves go out in order and the core answers them in order, but only the newest answer may show.
  const latestSave = useRef(0);

  const load = useCallback(async () => {
    setState({ status: 'loading' });
    const result = await getApi()['settings.getPriorities']({});
    setState(result.ok ? { status: 'ready', priorities: result.value, saved: false } : { status: 'error', error: result.error });
  }, []);
  useEffect(() => { void load(); }, [load]);

  const save = async (next: PrioritiesInput) => {
    const mine = ++latestSave.current;
    setState({ status: 'ready', priorities: next, saved: false });
    const result = await getApi()['settings.setPriorities'](next);
    if (mine !== latestSave.current) return;
    setState(result.ok
      ? { status: 'ready', priorities: result.value, saved: true }
      : { status: 'error', error: result.error, priorities: next });
  };

  const priorities = state.status === 'loading' ? undefined : state.priorities;
  return (
    <section className="priorities" aria-labelledby="priorities-heading" data-testid="priorities">
      <h2 id="priorities-heading">{t('settings.priorities.title')}</h2>
      <p className="priorities-intro">{t('settings.priorities.intro')}</p>
      {state.status === 'loading' && <p role="status">{t('common.loading')}</p>}
      {state.status === 'error' && (
        <ApiError error={state.error} onRetry={() => void load()} />
      )}
      {priorities && PRIORITY_KEYS.map((key) => (
        <PriorityGroup key={key} name={key} value={priorities[key]} onChange={(level) => void save({ ...priorities, [key]: level })} />
      ))}
      {priorities && (
        <div className="priorities-actions">
          <button type="button" onClick={() => void save(DEFAULT_PRIORITIES)} disabled={isDefault(priorities)}>
            {t('settings.priorities.reset')}
          </button>
          <p role="status" className="priorities-status">{state.status === 'ready' && state.saved ? t('settings.priorities.saved') : ''}</p>
        </div>
      )}
    </section>
  );
}

function PriorityGroup({ name, value, onChange }: { name: PriorityKey; value: number; onChange: (level: number) => void }) {
  const { t } = useTranslation();
  const descriptionId = `priority-${name}-description`;
  return (
    <fieldset className="priority" aria-describedby={descriptionId} data-priority={name}>
      <legend>{t(`settings.priorities.${name}.label`)}</legend>
      <p id={descriptionId} className="priority-description">{t(`settings.priorities.${name}.description`)}</p>
      <div className="priority-levels">
        {PRIORITY_LEVELS.map((level) => (
          <label key={level}>
            <input type="radio" name={`priority-${name}`} value={level} checked={value === level} onChange={() => onChange(level)} />
            {t(`settings.priorities.level${level}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
