import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { alternativeHref } from './catalogue-route';
import { comparisonRows, type ComparisonColumn } from './comparison';
import { useFactText } from './fact-text';
import { FlagList } from './FlagList';
import { SourceNote } from './SourceNote';

/** A product's alternatives side by side: one column per alternative, one row per fact, every cell cited. */
export function ComparisonTable({ columns, productName }: { columns: readonly ComparisonColumn[]; productName: string }) {
  const { t } = useTranslation();
  const text = useFactText();
  const captionId = useId();
  const rows = comparisonRows(columns, text);
  return (
    <div className="table-scroll comparison-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="comparison" data-testid="comparison">
        <caption id={captionId} className="visually-hidden">{t('catalogue.product.comparisonCaption', { name: productName })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('catalogue.fact.header')}</th>
            {columns.map(({ entry }) => (
              <th scope="col" key={entry.alternative.id} data-alternative={entry.alternative.id}>
                <a href={alternativeHref(entry.alternative.id)}>{entry.alternative.name}</a>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr data-fact="flags">
            <th scope="row">{t('catalogue.fact.flags')}</th>
            {columns.map(({ entry, detail }) => (
              <td key={entry.alternative.id}>
                {detail
                  ? <FlagList flags={detail.flags} sources={[detail.sources, detail.vendorOrganisation.sources]} />
                  : <span className="muted">{t('common.loading')}</span>}
              </td>
            ))}
          </tr>
          {rows.map((row) => (
            <tr key={row.key} data-fact={row.key}>
              <th scope="row">{t(`catalogue.fact.${row.key}`)}</th>
              {row.cells.map((cell, index) => (
                <td key={columns[index]!.entry.alternative.id}>
                  <span className="cell-value">{cell.text}</span>
                  <SourceNote source={cell.source} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
