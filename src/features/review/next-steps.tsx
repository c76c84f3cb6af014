import { DOCUMENTATION_FOR, DOCUMENTATION_FOR_FACT, type Determination } from '../../engine';
import { POLICY, REFERRALS } from '../../policy';
import { LINE_VERDICT_WORDS, lineVerdict, linesToRefer } from '../shared';

/** What the nurse does next for the outcome, in one or two sentences and a list. */
function stepsFor(d: Determination): { lead: string; list: readonly string[] } {
  const referLines = linesToRefer(d);
  const approvable = d.codes.map((c) => c.code).filter((code) => !referLines.includes(code));
  switch (d.outcome) {
    case 'meets_criteria':
      return {
        lead:
          d.codes.length === 0
            ? 'Approve the request and record the authorization number. No code is recorded yet: list the requested lines on the codes step.'
            : referLines.length === 0
              ? `Approve the request, lines ${approvable.join(', ')}, and record the authorization number.`
              : `Approve lines ${approvable.length > 0 ? approvable.join(', ') : '(none)'}, and refer lines ${referLines.join(', ')} to a medical director: a nurse does not deny a line.`,
        list: [],
      };
    case 'incomplete': {
      // Not documented is what to ask the provider for; a question nobody answered yet is the
      // reviewer's own unfinished work, and asks nothing of the provider until it is answered.
      const notDocumented = d.missing.filter((id) => !d.unanswered.includes(id));
      const toAnswer = d.unanswered.map((id) => `${id}: not answered yet in this review`);
      if (d.undecided.length === 0 && notDocumented.length === 0)
        return {
          lead: 'Answer the questions not answered yet: the review cannot be decided before they are.',
          list: toAnswer,
        };
      return {
        lead: 'Pend the request: ask the requesting provider for the documents below, by a date you set, and record what was asked, of whom and when.',
        list: [
          ...d.undecided.map((fact) => DOCUMENTATION_FOR_FACT[fact]),
          ...notDocumented.map((id) => `${id}: ${DOCUMENTATION_FOR[id]}`),
          ...toAnswer,
        ],
      };
    }
    case 'not_met':
      return {
        lead: 'Refer the case to a medical director, with the reasons: each item below. A nurse reviewer does not deny.',
        list: d.failing.map((id) => `${id} is not met as documented`),
      };
    case 'medical_director_review':
      return {
        lead: 'Refer the case to a medical director: the trial waiver (the Note to Part II) is reviewed by a medical director case by case.',
        list: d.codes.map(
          (code) => `line ${code.code}: ${LINE_VERDICT_WORDS[lineVerdict(code, d)]}`,
        ),
      };
    case 'out_of_scope': {
      const referral = d.referral ? REFERRALS[d.referral] : undefined;
      return {
        lead: referral
          ? `Send the request to be reviewed under ${referral.number} ${referral.title}. It is not reviewed under ${POLICY.number}.`
          : `${POLICY.number} does not review this request, and it names no other policy for it.`,
        list: [],
      };
    }
    default: {
      const unreachable: never = d.outcome;
      return unreachable;
    }
  }
}

/** The next step for the outcome: approve (which lines), pend (for what), refer, or send on. */
export function NextSteps({ determination }: { readonly determination: Determination }) {
  const { lead, list } = stepsFor(determination);
  return (
    <section
      aria-labelledby="next-steps-title"
      data-next-steps={determination.outcome}
      className="rounded-lg border border-line bg-white p-4"
    >
      <h2 id="next-steps-title" className="text-lg font-semibold">
        Next step
      </h2>
      <p className="mt-1">{lead}</p>
      {list.length > 0 ? (
        <ul className="mt-2 list-disc pl-5 text-sm">
          {list.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
