/** A group colour as radio chips: the swatch and its name (the colour is never the only cue). */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupColor } from '../../../../shared/grouping.ts';

interface ColorChoiceProps {
  legend: string;
  value: GroupColor;
  colors: readonly GroupColor[];
  onChange: (color: GroupColor) => void;
}

export function ColorChoice({ legend, value, colors, onChange }: ColorChoiceProps) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="color-choice">
      <legend className="field__label">{legend}</legend>
      <div className="color-choice__list">
        {colors.map((color) => (
          <label key={color} className={`color-chip gcolor--${color}`}>
            <input type="radio" name={name} value={color} checked={value === color} onChange={() => onChange(color)} />
            <span className="color-chip__dot" aria-hidden="true" />
            {t(`groups.colors.${color}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
