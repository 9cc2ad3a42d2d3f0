namespace InnovationAcademy.Testing;

/// <summary>
/// The site's clock moved to a chosen moment (a quarter to midnight in Lima, say) that then runs on at the real pace,
/// so that sign-ins, timers and expiries keep working while the day boundaries are where the test needs them.
/// </summary>
public sealed class ShiftedClock(DateTimeOffset pretendNow) : TimeProvider
{
    private readonly TimeSpan _shift = pretendNow - System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _shift;

    /// <summary>The next <paramref name="hour"/>:<paramref name="minute"/> on the wall clocks of <paramref name="timeZoneId"/>, as UTC.</summary>
    public static DateTimeOffset NextLocal(string timeZoneId, int hour, int minute)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        var local = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone);
        var wall = new DateTime(local.Year, local.Month, local.Day, hour, minute, 0, DateTimeKind.Unspecified);
        if (wall <= local.DateTime)
        {
            wall = wall.AddDays(1);
        }

        return new DateTimeOffset(wall, zone.GetUtcOffset(wall));
    }
}
