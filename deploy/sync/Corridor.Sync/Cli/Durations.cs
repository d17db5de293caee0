using System.Globalization;

namespace Corridor.Sync.Cli;

/// <summary>Durations on the command line: <c>90</c> (seconds), <c>500ms</c>, <c>90s</c>, <c>15m</c>, <c>2h</c> or <c>00:15:00</c>.</summary>
public static class Durations
{
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var value = text.Trim().ToLowerInvariant();
        var (number, unit) = value[^1] switch
        {
            's' when value.EndsWith("ms", StringComparison.Ordinal) => (value[..^2], TimeSpan.FromMilliseconds(1)),
            's' => (value[..^1], TimeSpan.FromSeconds(1)),
            'm' => (value[..^1], TimeSpan.FromMinutes(1)),
            'h' => (value[..^1], TimeSpan.FromHours(1)),
            _ => (value, TimeSpan.FromSeconds(1)),
        };
        if (double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) && amount > 0 && amount < 1e7)
        {
            duration = unit * amount;
            return true;
        }

        return TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out duration) && duration > TimeSpan.Zero;
    }
}
