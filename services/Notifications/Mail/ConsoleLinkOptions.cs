namespace Corridor.Notifications.Mail;

/// <summary>Settings under <c>Notifications</c>: where the console runs, for the links in mails.</summary>
public sealed class ConsoleLinkOptions
{
    public const string Section = "Notifications";

    /// <summary>The console's address; a notification's link (e.g. <c>/problems/{id}</c>) is appended to it.</summary>
    public string ConsoleBaseUrl { get; set; } = "http://127.0.0.1:5173";

    public string LinkTo(string path) => $"{ConsoleBaseUrl.TrimEnd('/')}/{path.TrimStart('/')}";
}
