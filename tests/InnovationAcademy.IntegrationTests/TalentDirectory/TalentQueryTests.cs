using InnovationAcademy.Cohorts.Services;
using InnovationAcademy.TalentDirectory.Services;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationAcademy.IntegrationTests.TalentDirectory;

/// <summary>Every query of the directory's services runs on this database (SQLite here, PostgreSQL in the data run): none is left to fail at the first visitor.</summary>
[Trait("Category", "Data")]
public sealed class TalentQueryTests
{
    [Fact]
    public async Task Every_directory_query_runs_on_the_database()
    {
        await using var site = new AcademySiteFactory("academy-demo");
        site.CreateClient().Dispose();
        var found = await site.WithScopeAsync(async services =>
        {
            var directory = services.GetRequiredService<TalentDirectoryQuery>();
            var page = await directory.SearchAsync(new TalentSearch("dulces tortas", Region: "Lima"), 1);
            Assert.NotEmpty(await directory.SectorsAsync());
            Assert.NotEmpty(await directory.RegionsAsync());
            Assert.Empty(await directory.CohortsAsync());
            Assert.Equal(3, (await directory.AllAsync(new TalentSearch())).Count);
            var statistics = await services.GetRequiredService<TalentStatistics>().ComputeAsync();
            Assert.Equal((3, 1), (statistics.Public, statistics.Pending));
            Assert.Equal(3, statistics.Growth[^1].Total);
            Assert.Single((await services.GetRequiredService<TalentAdminQueries>().ListAsync(null, false, "rojas", 1)).Items);
            Assert.Equal(1, (await services.GetRequiredService<TalentAdminQueries>().CountsAsync())["Pending"]);
            Assert.Equal(13, (await services.GetRequiredService<TalentSectors>().ListAsync()).Count);
            Assert.Equal(0, await services.GetRequiredService<ITalentEntryCounter>().CountAsync(["nobody"], default));
            return page.Items;
        });
        Assert.Equal("Yuleisy Contreras", Assert.Single(found).DisplayName);
    }
}
