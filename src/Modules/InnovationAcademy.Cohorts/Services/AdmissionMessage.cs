using InnovationAcademy.Core.Localization;
using Microsoft.Extensions.Localization;

namespace InnovationAcademy.Cohorts.Services;

/// <summary>What a decision on sign-ups did, in words: only the counts that happened, each in its number.</summary>
internal static class AdmissionMessage
{
    public static string Describe(AdmissionOutcome outcome, IStringLocalizer T)
    {
        var parts = new List<string>();
        if (outcome.Accepted > 0)
        {
            parts.Add(T.Plural(outcome.Accepted, "1 person admitted", "{0} people admitted").Value);
        }

        // Over capacity: accepted was asked, the cohort was full, so these went to the waiting list instead.
        if (outcome.OverCapacity > 0)
        {
            parts.Add(T.Plural(outcome.OverCapacity, "the cohort is full: 1 person went to the waiting list instead", "the cohort is full: {0} people went to the waiting list instead").Value);
        }
        else if (outcome.Waitlisted > 0)
        {
            parts.Add(T.Plural(outcome.Waitlisted, "1 person on the waiting list", "{0} people on the waiting list").Value);
        }

        if (outcome.Rejected > 0)
        {
            parts.Add(T.Plural(outcome.Rejected, "1 person not admitted", "{0} people not admitted").Value);
        }

        var told = outcome.Accepted + outcome.Waitlisted + outcome.Rejected; // The waiting list counts those over capacity too.
        var said = string.Join("; ", parts);
        return (said.Length > 0 ? char.ToUpperInvariant(said[0]) + said[1..] + ". " : "")
            + (told == 1 ? T["They were told by e-mail."].Value : T["Everyone was told by e-mail."].Value);
    }
}
