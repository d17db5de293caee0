using System.Globalization;
using System.Text;

namespace Corridor.Lists.Matching;

/// <summary>
/// Tokens for text overlap without a dictionary: Chinese runs become character bigrams (a single
/// character stays as is), other letters and digits become lower-case words.
/// </summary>
public static class TextTokens
{
    public static IReadOnlySet<string> Of(string text)
    {
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        var word = new StringBuilder();
        var han = new StringBuilder();
        foreach (var c in text)
        {
            if (IsHan(c))
            {
                Flush(word, tokens, isHan: false);
                han.Append(c);
            }
            else if (char.IsLetterOrDigit(c))
            {
                Flush(han, tokens, isHan: true);
                word.Append(char.ToLowerInvariant(c));
            }
            else
            {
                Flush(word, tokens, isHan: false);
                Flush(han, tokens, isHan: true);
            }
        }

        Flush(word, tokens, isHan: false);
        Flush(han, tokens, isHan: true);
        return tokens;
    }

    private static void Flush(StringBuilder run, HashSet<string> tokens, bool isHan)
    {
        if (run.Length == 0)
        {
            return;
        }

        if (!isHan || run.Length == 1)
        {
            tokens.Add(run.ToString());
        }
        else
        {
            for (var i = 0; i + 1 < run.Length; i++)
            {
                tokens.Add(run.ToString(i, 2));
            }
        }

        run.Clear();
    }

    private static bool IsHan(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter && c is >= '\u3400' and <= '\u9FFF';
}
