namespace InnovationAcademy.Community.Models;

/// <summary>The sizes a community message may have, shared by the model, the forms and their checks.</summary>
internal static class CommunityLimits
{
    public const int TitleLength = 200;

    public const int BodyLength = 5000;

    public const int ReasonLength = 500;

    /// <summary>Distinct members' reports that hide a post until a moderator looks at it.</summary>
    public const int ReportsThatHide = 3;
}
