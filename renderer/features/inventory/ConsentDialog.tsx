import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface ConsentDialogProps {
  open: boolean;
  onAllow: () => void;
  onClose: () => void;
}

/**
 * Consent before browser history is read. A native modal <dialog> (showModal) makes the rest of the page
 * inert and Escape closes it as "do not allow"
 * (https://html.spec.whatwg.org/multipage/interactive-elements.html#the-dialog-element). Tab still leaves an
 * inert page for the browser's own controls, so the dialog wraps Tab itself (APG modal dialog pattern).
 */
export function ConsentDialog({ open, onAllow, onClose }: ConsentDialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const trapTab = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Tab') return;
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')];
    const first = buttons[0];
    const last = buttons[buttons.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={ref}
      className="inv-consent-dialog"
      aria-labelledby="consent-title"
      aria-describedby="consent-body"
      onCancel={(event) => { event.preventDefault(); onClose(); }}
      onKeyDown={trapTab}
      data-testid="consent-dialog"
    >
      <h2 id="consent-title">{t('inventory.consent.title')}</h2>
      <div id="consent-body">
        <p>{t('inventory.consent.intro')}</p>
        <ul>
          <li>{t('inventory.consent.what')}</li>
          <li>{t('inventory.consent.reduced')}</li>
          <li>{t('inventory.consent.nothingElse')}</li>
          <li>{t('inventory.consent.copyDeleted')}</li>
          <li>{t('inventory.consent.offline')}</li>
        </ul>
      </div>
      <div className="inv-dialog-actions">
        <button type="button" onClick={onClose} autoFocus>{t('inventory.consent.decline')}</button>
        <button type="button" className="primary" onClick={onAllow}>{t('inventory.consent.allow')}</button>
      </div>
    </dialog>
  );
}
