using Xunit;
using InnovationAcademy.Core.Web.Forms;

namespace InnovationAcademy.UnitTests;

/// <summary>One node's memory of forms sent: the first send runs, a repeat learns where the first went.</summary>
public sealed class FormSubmissionsTests
{
    private readonly MemoryFormSubmissions _forms = new(TimeProvider.System);

    [Fact]
    public async Task A_repeat_waits_for_the_first_and_is_told_where_it_went()
    {
        Assert.True(await _forms.TryClaimAsync("k", default));
        Assert.False(await _forms.TryClaimAsync("k", default));

        var waiting = _forms.WaitAsync("k", TimeSpan.FromSeconds(10), default);
        Assert.False(waiting.IsCompleted);
        await _forms.FinishAsync("k", "/admin/courses/a");

        Assert.Equal(new FormOutcome(true, "/admin/courses/a"), await waiting);
        Assert.Equal(new FormOutcome(true, "/admin/courses/a"), await _forms.WaitAsync("k", TimeSpan.Zero, default));
        Assert.False(await _forms.TryClaimAsync("k", default));
    }

    [Fact]
    public async Task A_first_send_that_did_not_redirect_is_forgotten_so_the_repeat_runs()
    {
        Assert.True(await _forms.TryClaimAsync("k", default));
        var waiting = _forms.WaitAsync("k", TimeSpan.FromSeconds(10), default);
        await _forms.FinishAsync("k", null);

        Assert.Equal(FormOutcome.Forgotten, await waiting);
        Assert.True(await _forms.TryClaimAsync("k", default));
    }

    [Fact]
    public async Task A_repeat_stops_waiting_when_the_first_takes_too_long()
    {
        Assert.True(await _forms.TryClaimAsync("k", default));
        Assert.Equal(FormOutcome.Running, await _forms.WaitAsync("k", TimeSpan.FromMilliseconds(20), default));
    }

    [Fact]
    public async Task A_key_is_forgotten_ten_minutes_after_its_send_so_an_old_form_sent_again_runs()
    {
        var clock = new ManualClock();
        var forms = new MemoryFormSubmissions(clock);
        Assert.True(await forms.TryClaimAsync("k", default));
        await forms.FinishAsync("k", "/admin/courses/a");

        clock.Advance(TimeSpan.FromMinutes(9));
        Assert.False(await forms.TryClaimAsync("k", default));
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(FormOutcome.Forgotten, await forms.WaitAsync("k", TimeSpan.Zero, default));
        Assert.True(await forms.TryClaimAsync("k", default));
    }

    [Fact]
    public void Only_keys_the_page_could_have_drawn_are_taken()
    {
        Assert.True(FormKeyTagHelper.IsWellFormed("AbCdEfGhIjKlMnOpQr-_09"));
        Assert.False(FormKeyTagHelper.IsWellFormed(null));
        Assert.False(FormKeyTagHelper.IsWellFormed("short"));
        Assert.False(FormKeyTagHelper.IsWellFormed("AbCdEfGhIjKlMnOpQr/+09"));
    }
}

/// <summary>A clock the test moves by hand.</summary>
internal sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
