using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace InnovationAcademy.Core.Web;

/// <summary>
/// HEAD answers as GET does, without the body (RFC 9110 §9.3.2): monitors and link checkers ask with it. Endpoints
/// declare GET only, so the request is routed as a GET and goes on as a HEAD, for which the server sends no body.
/// </summary>
public static class HeadRequests
{
    private const string WasHead = "academy:head";

    /// <summary>Before routing: a HEAD is matched as the GET it mirrors.</summary>
    public static IApplicationBuilder UseHeadAsGetForRouting(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (HttpMethods.IsHead(context.Request.Method))
            {
                context.Items[WasHead] = true;
                context.Request.Method = HttpMethods.Get;
            }

            return next(context);
        });

    /// <summary>After routing: the request is a HEAD again, so the server writes the headers and drops the body.</summary>
    public static IApplicationBuilder UseHeadRestoredAfterRouting(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (context.Items.ContainsKey(WasHead))
            {
                context.Request.Method = HttpMethods.Head;
            }

            return next(context);
        });
}
