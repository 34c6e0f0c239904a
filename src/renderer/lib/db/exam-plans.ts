import type { ReviewCard } from '../../../shared/srs/card.ts';
import type { ExamPlan } from '../../../shared/srs/exam-plan.ts';
import type { DeepDrillDatabase } from './database.ts';
import { readSetting, writeSetting } from './settings.ts';

/** The settings row with each deck's exam day (a study day number), and the one with each deck's plan. */
const examDaysKey = 'examDays';
const examPlansKey = 'examPlans';

/** A deck's plan as kept between screens: made on study day `madeOn` (a new day makes it again). */
export interface StoredPlan {
  madeOn: number;
  plan: ExamPlan;
}

type ExamDays = Record<string, number>;
type StoredPlans = Record<string, StoredPlan>;

function isExamDays(value: unknown): value is ExamDays {
  return (
    typeof value === 'object' && value !== null && Object.values(value).every((day) => Number.isInteger(day))
  );
}

/** A plan row as this release writes it (a row from elsewhere that does not read is ignored: plans are remade). */
function isStoredPlans(value: unknown): value is StoredPlans {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every(
      (entry: unknown) =>
        typeof entry === 'object' &&
        entry !== null &&
        Number.isInteger((entry as StoredPlan).madeOn) &&
        Array.isArray((entry as StoredPlan).plan?.days),
    )
  );
}

/** Each deck's exam day, by deck id (decks without an exam date are absent). */
export async function examDays(database: DeepDrillDatabase): Promise<ExamDays> {
  return readSetting(database, examDaysKey, isExamDays, {});
}

/** Sets (or with null clears) a deck's exam day; its stored plan goes with the old date. One transaction. */
export async function setExamDay(
  database: DeepDrillDatabase,
  deckId: string,
  examDay: number | null,
): Promise<void> {
  await database.transaction('rw', database.settings, async () => {
    const { [deckId]: _old, ...others } = await examDays(database);
    await writeSetting(database, examDaysKey, examDay === null ? others : { ...others, [deckId]: examDay });
    const { [deckId]: _plan, ...plans } = await storedPlans(database);
    await writeSetting(database, examPlansKey, plans);
  });
}

export async function storedPlans(database: DeepDrillDatabase): Promise<StoredPlans> {
  return readSetting(database, examPlansKey, isStoredPlans, {});
}

export async function savePlan(
  database: DeepDrillDatabase,
  deckId: string,
  stored: StoredPlan,
): Promise<void> {
  await database.transaction('rw', database.settings, async () => {
    await writeSetting(database, examPlansKey, { ...(await storedPlans(database)), [deckId]: stored });
  });
}

/** The cards the stored plans give study day `day`, over every deck (what the queue adds as early reviews). */
export async function plannedOn(database: DeepDrillDatabase, day: number): Promise<Set<string>> {
  const plans = Object.values(await storedPlans(database));
  return new Set(plans.flatMap(({ plan }) => plan.days.find((entry) => entry.day === day)?.cardIds ?? []));
}

/** A deck's cards, as a plan is made from them. */
export async function deckCards(database: DeepDrillDatabase, deckId: string): Promise<ReviewCard[]> {
  return database.cards.where('deckId').equals(deckId).toArray();
}
