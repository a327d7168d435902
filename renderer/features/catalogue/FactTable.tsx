import { useTranslation } from 'react-i18next';
import type { FactRow } from './fact-row';
import { SourceNote } from './SourceNote';

/** Facts with their sources: label, value, and where the value comes from. */
export function FactTable({ rows, label }: { rows: readonly FactRow[]; label: string }) {
  const { t } = useTranslation();
  return (
    <table className="facts catalogue-facts" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">{t('catalogue.fact.header')}</th>
          <th scope="col">{t('catalogue.fact.value')}</th>
          <th scope="col">{t('catalogue.fact.source')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-fact={row.key}>
            <th scope="row">{t(`catalogue.fact.${row.key}`)}</th>
            <td>{row.text}</td>
            <td><SourceNote source={row.source} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
