using System.Security.Claims;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace InnovationAcademy.Core.Web.Forms;

/// <summary>
/// Acts once on a form sent several times. The first request with a form key runs; a repeat waits for it and is
/// sent where the first was sent (so a double tap on "Create" makes one course and both taps land on it). When the
/// first did not redirect (errors shown again, a download) the repeat runs as usual. Runs after the form limits
/// of an action are set, so reading the form here respects them.
/// </summary>
public sealed class RepeatedSubmitFilter(IFormSubmissions submissions) : IAsyncResourceFilter, IOrderedFilter
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <summary>Longer addresses (a hand-made return address) are not remembered: a repeat then runs again.</summary>
    private const int MaxRemembered = 2_048;

    public int Order => 1_000;

    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        // A status or error page drawn for a failed post runs with that post's method and body: it sends nothing new.
        if (!HttpMethods.IsPost(http.Request.Method) || !http.Request.HasFormContentType
            || http.Features.Get<IStatusCodeReExecuteFeature>() is not null || http.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            await next();
            return;
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        if (form[FormKeyTagHelper.FieldName].ToString() is var formKey && !FormKeyTagHelper.IsWellFormed(formKey))
        {
            await next();
            return;
        }

        // A key is drawn per page, so it names one person's form; the account is added so that nobody can spend another's.
        var key = $"{http.User.FindFirstValue(ClaimTypes.NameIdentifier)}|{formKey}";
        var owned = await submissions.TryClaimAsync(key, http.RequestAborted);
        if (!owned)
        {
            var outcome = await submissions.WaitAsync(key, Patience, http.RequestAborted);
            if (!outcome.Finished)
            {
                context.Result = new StatusCodeResult(StatusCodes.Status409Conflict);
                return;
            }

            if (outcome.RedirectedTo is { } location)
            {
                context.Result = new RedirectResult(location);
                return;
            }

            // The first showed the form again or failed: this one runs, guarded again if nobody else took the key.
            owned = await submissions.TryClaimAsync(key, http.RequestAborted);
        }

        string? redirectedTo = null;
        try
        {
            var executed = await next();
            var response = http.Response;
            if ((executed.Exception is null || executed.ExceptionHandled)
                && response.StatusCode is >= 300 and < 400
                && response.Headers.Location.ToString() is { Length: > 0 and <= MaxRemembered } target)
            {
                redirectedTo = target;
            }
        }
        finally
        {
            if (owned)
            {
                await submissions.FinishAsync(key, redirectedTo);
            }
        }
    }
}
