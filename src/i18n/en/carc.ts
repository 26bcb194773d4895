/*
 * What an adjustment on an Explanation of Benefits means for the patient, in
 * English: each group code (who carries the amount) and each reason code (why
 * the plan changed it), in plain words with a next step. Which codes exist and
 * who may owe them is src/domain/carc.ts. X12 owns the official wording of the
 * reason codes (https://x12.org/codes/claim-adjustment-reason-codes), so every
 * sentence here is Billpath's own paraphrase, written for a grade-8 reader;
 * no official text is shown.
 */

export const carc = {
  groups: {
    CO: {
      label: 'Provider write-off',
      meaning: "The provider's deal with your plan, or the law, says the provider must write this off. You don't owe it.",
      whatToDo: 'If the provider bills you for this, ask them to take it off. Point to this line on your EOB.',
    },
    PR: {
      label: 'Your share',
      meaning: 'Your plan says this part is yours to pay. You may owe it, but check that the bill matches.',
      whatToDo: 'Check that the provider asks you for the same amount your EOB shows, and no more.',
    },
    OA: {
      label: 'Other adjustment',
      meaning: 'Your plan changed the amount for some other reason. On its own this is not a bill to you.',
      whatToDo: 'Ask your plan what this adjustment is before you pay any of it.',
    },
    PI: {
      label: 'Plan reduction',
      meaning: 'Your plan cut this amount on its own. It is generally not yours to pay.',
      whatToDo: "If the provider bills you for this, ask them why. Your plan says it isn't yours to pay.",
    },
  },
  reasons: {
    '1': {
      label: 'Your deductible',
      meaning: 'This amount counts toward your deductible. That is what you pay each year before your plan starts to pay.',
      whatToDo: 'Check it against how much of your deductible you had already paid this year.',
    },
    '2': {
      label: 'Your coinsurance',
      meaning: 'This is your coinsurance: your percent of the cost once the deductible is met.',
      whatToDo: "Check the percent against your plan's summary of benefits.",
    },
    '3': {
      label: 'Your copay',
      meaning: 'This is your copay: the flat fee your plan sets for this kind of visit or service.',
      whatToDo: 'Look for the copay for this kind of visit on your insurance card or in your plan papers.',
    },
    '4': {
      label: 'Billing code add-on problem',
      meaning: "The code for this service had the wrong add-on (a modifier), or was missing one.",
      whatToDo: 'Ask the provider to correct the code and send the claim again.',
    },
    '5': {
      label: "Service doesn't fit the setting",
      meaning: "The claim lists a service that doesn't fit the place where it says you got care.",
      whatToDo: 'Ask the provider to check the place of service on the claim and send it again.',
    },
    '6': {
      label: "Service doesn't fit your age",
      meaning: "The service doesn't match your age on the claim. Often the birth date is simply wrong.",
      whatToDo: 'Check that the provider and your plan have your right birth date. Then ask the provider to send the claim again.',
    },
    '11': {
      label: "Diagnosis doesn't match service",
      meaning: "The diagnosis code on the claim doesn't explain why you needed this service.",
      whatToDo: 'Ask the provider to check the diagnosis code. If it was right, they can appeal with your records.',
    },
    '16': {
      label: 'Claim missing information',
      meaning: "The claim had missing facts or a billing mistake, so your plan could not finish it.",
      whatToDo: "Ask the provider to fix and resend the claim. You shouldn't pay while it's being fixed.",
    },
    '18': {
      label: 'Duplicate claim',
      meaning: 'Your plan already got this same claim for the same service. This copy was not paid again.',
      whatToDo: 'Find the EOB for the first claim. Make sure you are billed only once.',
    },
    '19': {
      label: "Work injury: workers' comp pays",
      meaning: "Your plan says you were hurt at work, so your job's workers' comp insurance should pay.",
      whatToDo: "If it wasn't a work injury, tell your plan. If it was, give the provider your workers' comp claim details.",
    },
    '22': {
      label: 'Another plan may pay first',
      meaning: 'Your plan thinks another insurance you have should pay before it does.',
      whatToDo: "Tell your plan about all your insurance, often on a 'coordination of benefits' form. Then ask the provider to bill the plans in the right order.",
    },
    '23': {
      label: 'Another plan already paid part',
      meaning: 'This line shows what another plan already paid or took off before this plan looked at the claim.',
      whatToDo: "Compare it with the first plan's EOB. The amounts should match.",
    },
    '24': {
      label: 'Covered by a set fee',
      meaning: 'Your plan pays this provider a set sum each month. That sum already covers this service.',
      whatToDo: 'If the provider bills you for this, ask them why. The set fee should already cover it.',
    },
    '26': {
      label: 'Before your coverage started',
      meaning: 'The date of service is before your coverage began.',
      whatToDo: 'Check your start date. If your coverage was back-dated, as Medicaid sometimes is, ask the provider to bill again.',
    },
    '27': {
      label: 'After your coverage ended',
      meaning: 'The date of service is after your coverage ended.',
      whatToDo: 'Check your end date. If you signed up for COBRA, it can reach back to that date, so ask the provider to bill again.',
    },
    '29': {
      label: 'Claim filed too late',
      meaning: "The provider sent the claim after your plan's deadline for claims.",
      whatToDo: "Filing on time is the provider's job. An in-network provider usually can't bill you for this, so ask them to remove it.",
    },
    '31': {
      label: "Plan can't find you",
      meaning: "Your plan couldn't match you to any member in its records.",
      whatToDo: 'Give the provider your name, birth date and member ID exactly as on your card. Ask them to send the claim again.',
    },
    '35': {
      label: 'Lifetime limit reached',
      meaning: 'Your plan says you reached the most it will ever pay for this benefit.',
      whatToDo: "Most plans can't set lifetime dollar limits on essential health benefits. Ask your plan about it, and appeal if it applies.",
    },
    '45': {
      label: 'Above the agreed price',
      meaning: 'The charge is more than the price your plan set or agreed with the provider. This is the discount.',
      whatToDo: "A provider in your network can't bill you for this part. If the provider is out of network, check if the No Surprises Act covers you.",
    },
    '50': {
      label: 'Not medically necessary',
      meaning: "Your plan decided you did not need this care.",
      whatToDo: 'Appeal. Ask your doctor for a letter that explains why you needed it.',
    },
    '54': {
      label: 'Extra surgeon not covered',
      meaning: "Your plan does not pay for a second or helping surgeon in this case.",
      whatToDo: 'Ask the provider whether the extra surgeon was needed and written up in your records. If so, they can appeal.',
    },
    '55': {
      label: 'Treatment seen as experimental',
      meaning: 'Your plan thinks this treatment, drug or test is still experimental.',
      whatToDo: 'Appeal with help from your doctor. If your plan says no again, you can ask for an outside review.',
    },
    '56': {
      label: 'Not proven to work',
      meaning: "Your plan says this treatment hasn't been shown to work well enough to pay for it.",
      whatToDo: 'Appeal with a letter from your doctor. If your plan says no again, you can ask for an outside review.',
    },
    '58': {
      label: 'Wrong place for this care',
      meaning: 'Your plan says this care was given in the wrong setting, such as a hospital instead of an office.',
      whatToDo: 'Ask the provider if the place of service on the claim is right. If it is, they can appeal.',
    },
    '59': {
      label: 'Multiple-procedure reduction',
      meaning: 'When several procedures are done at once, your plan pays less for the extra ones. This cut is normal.',
      whatToDo: "You generally don't owe this cut. If the provider bills you for it, ask them to remove it.",
    },
    '96': {
      label: 'Not covered',
      meaning: "Your plan doesn't pay for this charge. A note on your EOB (a remark code) usually says why.",
      whatToDo: 'Read the note and check your plan documents. If you think it should be covered, appeal.',
    },
    '97': {
      label: 'Included in another service',
      meaning: 'Your plan counts this as part of another service it already paid for, so it pays nothing extra.',
      whatToDo: "You shouldn't be billed for it on its own. If you are, ask the provider to remove it.",
    },
    '109': {
      label: 'Sent to the wrong plan',
      meaning: "This plan says it isn't the one that should pay for this service.",
      whatToDo: 'Give the provider your current insurance details and ask them to bill the right plan.',
    },
    '119': {
      label: 'Benefit limit reached',
      meaning: 'You reached the most your plan pays for this service in a set time, like a yearly visit limit.',
      whatToDo: "Check your plan's limit and count your visits. If the count is wrong, appeal.",
    },
    '146': {
      label: 'Diagnosis code not valid',
      meaning: "The diagnosis code on the claim wasn't valid on the date you got care.",
      whatToDo: 'Ask the provider to use a current code and send the claim again.',
    },
    '151': {
      label: 'More services than records support',
      meaning: "Your plan says the records don't show a need for this many services, or for getting them this often.",
      whatToDo: "Ask the provider to send records that support it, or to appeal. You shouldn't pay while they do.",
    },
    '167': {
      label: 'Diagnosis not covered',
      meaning: "Your plan doesn't cover care for the diagnosis on this claim.",
      whatToDo: 'Ask the provider if the diagnosis code is right. If it is, check your plan documents and appeal if you think it is covered.',
    },
    '170': {
      label: 'Wrong type of provider',
      meaning: "Your plan doesn't pay for this service when this type of provider does it or bills for it.",
      whatToDo: "Ask the provider why they billed it this way. In-network providers should know your plan's rules.",
    },
    '197': {
      label: 'No approval ahead of time',
      meaning: 'Your plan needed to approve this service before you got it, and it has no record of that.',
      whatToDo: "Ask if it was the provider's job to get approval. For providers in your network it usually is, and then they can't bill you. If not, appeal.",
    },
    '198': {
      label: 'More than was approved',
      meaning: 'You got more visits or units than your plan approved ahead of time.',
      whatToDo: 'Ask the provider to ask your plan for more approval, or to appeal for the extra care.',
    },
    '204': {
      label: "Not in your plan's benefits",
      meaning: "Your plan doesn't include this service, drug or equipment in its benefits.",
      whatToDo: 'Check your plan documents. If you think it should be covered, appeal. You can also ask the provider for a lower cash price.',
    },
    '227': {
      label: 'Plan needs information from you',
      meaning: 'Your plan asked you for information and got none, or not enough.',
      whatToDo: 'Call your plan and ask what it needs, such as an accident or other-insurance form. Send it, then ask them to look at the claim again.',
    },
    '234': {
      label: 'Not paid separately',
      meaning: "Your plan doesn't pay for this procedure on its own. It counts as part of the main service.",
      whatToDo: "You shouldn't be billed for it on its own. If you are, ask the provider to remove it.",
    },
    '236': {
      label: "Codes can't be billed together",
      meaning: "Coding rules say this service can't be billed with another one done the same day.",
      whatToDo: "Ask the provider to check the codes. You shouldn't pay for a line billed this way.",
    },
    '242': {
      label: 'Provider not in your network',
      meaning: "The provider is not in your plan's network, or is not the main doctor your plan has on file for you.",
      whatToDo: "Was this emergency care, or a specialist you did not pick at a hospital in your network? Then you may owe only in-network costs. Ask about the No Surprises Act.",
    },
    '253': {
      label: 'Federal budget cut',
      meaning: 'By law, Medicare and some other federal programs pay providers about 2% less. The provider absorbs this cut.',
      whatToDo: "You don't owe this. If the provider bills you for it, ask them to remove it.",
    },
    A1: {
      label: 'Claim or service denied',
      meaning: 'Your plan denied this. A note on your EOB (a remark code) usually gives the real reason.',
      whatToDo: 'Read the note, or call your plan and ask why. Then ask the provider to fix the claim, or appeal.',
    },
  },
  /** A CO line whose reason is usually the patient's is still the provider's to absorb. */
  coOverridesYourShare:
    "This code usually means a cost for you, but the CO group means the provider must absorb it. If you're billed for it, ask them to remove it.",
  noReason: 'No reason code was given. Ask your plan what this adjustment is for.',
  /** `code` only when it looks like a code; junk input gets a generic sentence. */
  unknownReason: (code?: string) => `${code ? `Reason code ${code}` : 'This reason code'} isn't in our list. Ask your plan what it means.`,
};
