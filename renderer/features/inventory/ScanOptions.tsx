import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConsentDialog } from './ConsentDialog';

export interface ScanChoices {
  documents: boolean;
  browserHistory: boolean;
}

interface ScanOptionsProps {
  value: ScanChoices;
  disabled: boolean;
  onChange: (value: ScanChoices) => void;
}

/** What a scan reads besides installed apps. Browser usage is opt-in and set only after explicit consent. */
export function ScanOptions({ value, disabled, onChange }: ScanOptionsProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  return (
    <fieldset className="inv-scan-options" disabled={disabled}>
      <legend>{t('inventory.options.legend')}</legend>
      <label>
        <input type="checkbox" checked={value.documents} onChange={(event) => onChange({ ...value, documents: event.target.checked })} />
        {t('inventory.options.documents')}
      </label>
      <label>
        <input
          type="checkbox"
          checked={value.browserHistory}
          onChange={(event) => {
            // Turning it on asks first; the box stays unticked until the user chooses Allow.
            if (event.target.checked) setAsking(true);
            else onChange({ ...value, browserHistory: false });
          }}
          data-testid="browser-history-option"
        />
        {t('inventory.options.browserHistory')}
      </label>
      <ConsentDialog
        open={asking}
        onAllow={() => { setAsking(false); onChange({ ...value, browserHistory: true }); }}
        onClose={() => setAsking(false)}
      />
    </fieldset>
  );
}
