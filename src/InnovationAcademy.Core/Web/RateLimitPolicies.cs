namespace InnovationAcademy.Core.Web;

/// <summary>Rate-limit policies the host defines and modules name on their actions.</summary>
public static class RateLimitPolicies
{
    /// <summary>Sign-in, registration, password reset and setup posts, per client address.</summary>
    public const string Account = "account";

    /// <summary>Forms anyone may send that reach people (course enquiries, contact forms), per client address.</summary>
    public const string PublicForms = "public-forms";

    /// <summary>Public certificate verification (page, API and credential check), per client address.</summary>
    public const string Verification = "verification";
}
