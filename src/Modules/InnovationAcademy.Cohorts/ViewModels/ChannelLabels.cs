using Microsoft.AspNetCore.Mvc.Localization;
using InnovationAcademy.Cohorts.Services;

namespace InnovationAcademy.Cohorts.ViewModels;

/// <summary>A sign-up channel's name as reports show it: the referral code's label, or "direct visit" in the reader's language.</summary>
internal static class ChannelLabels
{
    public static Func<FigureRow, string> For(IViewLocalizer localizer) =>
        row => row.Key == "direct" ? localizer["Direct visit"].Value : row.Key;
}
