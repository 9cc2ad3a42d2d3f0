using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace InnovationAcademy.Core.Web;

/// <summary>
/// A body over the server's or the action's limit, or a form over the form limits, answers 413 with the status page
/// saying what was too large and the limit, instead of whatever the reading code made of the exception; a form the
/// reader refuses for its characters answers 400.
/// </summary>
public sealed class RequestTooLargeMiddleware(RequestDelegate next)
{
    /// <summary>The limit in bytes that was passed, for the status page.</summary>
    public const string LimitKey = "academy:request-limit";

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception error) when (IsTooLarge(error) && !context.Response.HasStarted)
        {
            TooLarge(context, error);
            return;
        }
        catch (InvalidDataException) when (!context.Response.HasStarted && context.Request.HasFormContentType)
        {
            // A form the reader refuses for what it holds (a NUL character, say): the sender's mistake, not ours.
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        // Antiforgery reads the form first and answers a form it cannot read with 400: ask the form why.
        if (context.Response.StatusCode == StatusCodes.Status400BadRequest && !context.Response.HasStarted && context.Request.HasFormContentType)
        {
            try
            {
                await context.Request.ReadFormAsync(context.RequestAborted);
            }
            catch (Exception error) when (IsTooLarge(error))
            {
                TooLarge(context, error);
            }
            catch (InvalidDataException)
            {
                // Unreadable for what it holds (a NUL character): the 400 stands.
            }
        }
    }

    private static void TooLarge(HttpContext context, Exception error)
    {
        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        // The server's body limit is the one to name; a form's own limits (one value, the number of fields) are not a size in MB.
        if (error is BadHttpRequestException || error.InnerException is BadHttpRequestException)
        {
            context.Items[LimitKey] = context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
        }
    }

    private static bool IsTooLarge(Exception error) => error switch
    {
        BadHttpRequestException bad => bad.StatusCode == StatusCodes.Status413PayloadTooLarge,
        // The form reader's own limits (multipart body, value or file count).
        InvalidDataException data => data.Message.Contains("limit", StringComparison.OrdinalIgnoreCase),
        _ => error.InnerException is { } inner && IsTooLarge(inner),
    };
}
