import { useTranslation } from 'react-i18next';
import { SectionHeader } from './SectionHeader.tsx';
import { SlotGridForm } from './SlotGridForm.tsx';
import { SlotList } from './SlotList.tsx';

export function SlotsSection({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="slots-heading" className="stack">
      <SectionHeader id="slots-heading" title={t('setup.section.slots')} lead={t('slots.lead')} />
      <SlotGridForm workshopId={workshopId} />
      <SlotList workshopId={workshopId} />
    </section>
  );
}
