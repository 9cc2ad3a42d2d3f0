namespace InnovationAcademy.IntegrationTests;

/// <summary>Sign-in posts are limited per address: a password guesser is slowed down before lock-out even starts.</summary>
public sealed class RateLimitTests : IDisposable
{
    private readonly AcademySiteFactory _site = new("academy-demo", new Dictionary<string, string?> { ["RateLimiting:AccountPermitsPerMinute"] = "3" });

    [Fact]
    public async Task The_fourth_sign_in_post_in_a_minute_gets_429()
    {
        using var client = _site.CreateSiteClient();
        for (var i = 0; i < 3; i++)
        {
            var attempt = await client.SubmitFormAsync("/account/login", [new("Email", $"nobody{i}@academy.localhost"), new("Password", "whatever-1")], "/account/login");
            Assert.Equal(HttpStatusCode.OK, attempt.StatusCode);
        }

        var limited = await client.SubmitFormAsync("/account/login", [new("Email", "nobody@academy.localhost"), new("Password", "whatever-1")], "/account/login");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        var page = await SiteClient.ParseAsync(limited);
        Assert.Equal("429", page.QuerySelector(".status-code")!.TextContent.Trim());

        // Reading pages is not limited.
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/account/login")).StatusCode);
    }

    public void Dispose() => _site.Dispose();
}
