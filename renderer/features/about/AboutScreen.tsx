import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SystemStatus } from '../../../electron/shared/system';
import { getApi } from '../../api/client';
import { ScreenHeader } from '../../components/ScreenHeader';
import { ApiError } from '../../components/ApiError';
import type { ApiError as ApiErrorValue } from '../../../electron/shared/result';

type State = { kind: 'loading' } | { kind: 'error'; error: ApiErrorValue } | { kind: 'ready'; status: SystemStatus };

export function AboutScreen() {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const load = useCallback(async () => {
    setState({ kind: 'loading' });
    const result = await getApi()['system.status']({});
    setState(result.ok ? { kind: 'ready', status: result.value } : { kind: 'error', error: result.error });
  }, []);
  useEffect(() => { void load(); }, [load]);

  return (
    <>
      <ScreenHeader title={t('about.title')} />
      <p className="lead">{t('about.intro')}</p>
      {state.kind === 'loading' && <p role="status">{t('common.loading')}</p>}
      {state.kind === 'error' && (
        <ApiError error={state.error} onRetry={() => void load()} />
      )}
      {state.kind === 'ready' && <StatusTable status={state.status} />}
    </>
  );
}

function StatusTable({ status }: { status: SystemStatus }) {
  const { t } = useTranslation();
  const catalogue = status.catalogue;
  const catalogueText =
    catalogue.state === 'ok' ? t('about.catalogueOk', { buildId: catalogue.buildId.slice(0, 12), buildDate: catalogue.buildDate ?? t('common.unknown') })
      : catalogue.state === 'missing' ? t('about.catalogueMissing', { path: catalogue.path })
        : t('about.catalogueInvalid', { message: catalogue.message });
  const rows: Array<[string, string, string]> = [
    ['version', t('about.version'), `${status.appName} ${status.appVersion}`],
    ['platform', t('about.platform'), `${status.platform} (${status.arch})`],
    ['os', t('about.osRelease'), status.osRelease],
    ['node', t('about.node'), status.versions.node],
    ['chromium', t('about.chromium'), status.versions.chromium ?? t('common.unknown')],
    ['electron', t('about.electron'), status.versions.electron ?? t('common.unknown')],
    ['user-data', t('about.userData'), status.userDataPath],
    ['catalogue', t('about.catalogue'), catalogueText],
    ['network', t('about.network'), status.offline.networkBlocked ? t('about.networkBlocked') : `${t('about.networkNote')}: ${status.offline.note}`],
  ];
  if (catalogue.state === 'ok') {
    rows.push(['catalogue-counts', t('about.catalogueCounts'),
      Object.entries(catalogue.counts).map(([key, value]) => `${key}: ${value}`).join(', ')]);
  }
  return (
    <table className="facts" data-testid="system-status">
      <tbody>
        {rows.map(([key, label, value]) => (
          <tr key={key} data-key={key}>
            <th scope="row">{label}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
