/*
 * The words for billed-before-adjudication (the rule and its source: ../rules/billedBeforeAdjudication.ts).
 */
import type { Facts } from '../rules/billedBeforeAdjudication';
import type { Wording } from '../finding';

export const billedBeforeAdjudicationWords: Wording<Facts> = ({ pending }) => ({
  title: pending ? 'Billed while your claim is still pending' : 'Billed before your insurance decided the claim',
  explanation: pending
    ? "Your insurer hasn't decided this claim yet, so no one knows what you owe. Until it does, this bill may be too high."
    : "There is no Explanation of Benefits (EOB) for this bill yet, so you can't tell what you owe. Until your insurer decides the claim, this bill may be too high. If it already has, enter the EOB.",
  ask: 'Has this claim been sent to my insurance and processed? Please hold my account until it is, and send me a bill that matches the EOB.',
});
