import type { ItemKind } from '../policy';

// Answers are three-valued: documented one way, the other, or not documented (DESIGN.md). An
// item nobody has answered is unanswered, which is not the same as "Not documented".
export const CRITERION_ANSWERS = ['met', 'not_met', 'unknown'] as const;
export const CONTRAINDICATION_ANSWERS = ['absent', 'present', 'unknown'] as const;
export const ALL_ANSWERS = ['met', 'not_met', 'absent', 'present', 'unknown'] as const;

export type CriterionAnswer = (typeof CRITERION_ANSWERS)[number];
export type ContraindicationAnswer = (typeof CONTRAINDICATION_ANSWERS)[number];
export type Answer = (typeof ALL_ANSWERS)[number];

export const ANSWER_LABELS: Readonly<Record<Answer, string>> = {
  met: 'Met',
  not_met: 'Not met',
  absent: 'Absent',
  present: 'Present',
  unknown: 'Not documented',
};

/** The answers an item takes: an indication is answered like a criterion (DESIGN.md). */
export function answersFor(kind: ItemKind): readonly Answer[] {
  return kind === 'contraindication' ? CONTRAINDICATION_ANSWERS : CRITERION_ANSWERS;
}

/** How an answer stands against the policy: a criterion met or a contraindication absent satisfies it. */
export type AnswerStanding = 'satisfies' | 'fails' | 'undocumented';

export function standingOf(answer: Answer | undefined): AnswerStanding {
  switch (answer) {
    case 'met':
    case 'absent':
      return 'satisfies';
    case 'not_met':
    case 'present':
      return 'fails';
    case 'unknown':
    case undefined:
      return 'undocumented';
    default: {
      const unreachable: never = answer;
      return unreachable;
    }
  }
}
