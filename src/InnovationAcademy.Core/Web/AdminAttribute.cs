using Microsoft.AspNetCore.Mvc.Filters;

namespace InnovationAcademy.Core.Web;

/// <summary>Marks a controller or action as part of the admin: the theme shows the admin menu around it.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class AdminAttribute : ActionFilterAttribute
{
    public const string ItemKey = "academy:admin";

    public override void OnActionExecuting(ActionExecutingContext context) =>
        context.HttpContext.Items[ItemKey] = true;
}
