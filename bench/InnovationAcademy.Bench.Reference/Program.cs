using System.Globalization;
using System.Text;

// The fastest this machine can answer a page: bare Kestrel, no routing, no middleware, no logging, one fixed HTML body
// of the size given (the load benchmark passes the catalog page's). Every scenario is compared with it.
//   dotnet InnovationAcademy.Bench.Reference.dll --bytes 20000 --urls http://127.0.0.1:5092
var bytes = 20_000;
var urls = "http://127.0.0.1:5092";
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--bytes":
            bytes = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--urls":
            urls = args[++i];
            break;
    }
}

var body = Page(bytes);
var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.UseUrls(urls);
var app = builder.Build();
app.Run(context =>
{
    context.Response.ContentType = "text/html; charset=utf-8";
    context.Response.ContentLength = body.Length;
    return context.Response.Body.WriteAsync(body).AsTask();
});
await app.RunAsync();

static byte[] Page(int size)
{
    var page = new StringBuilder("<!DOCTYPE html><html lang=\"es\"><head><meta charset=\"utf-8\"><title>Referencia</title></head><body><main>");
    while (page.Length < size - "</main></body></html>".Length)
    {
        page.Append("<p>Innovación pública y social.</p>");
    }

    page.Length = Math.Max(0, size - "</main></body></html>".Length);
    return Encoding.UTF8.GetBytes(page.Append("</main></body></html>").ToString())[..size];
}
