using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Corridor.BuildingBlocks.Sheets;
using Corridor.Testing;
using Corridor.TestKit;
using MiniExcelLibs;

namespace Corridor.DirectoryService.Tests.Integration;

/// <summary>POST /api/v1/organs/import with the downloadable templates filled in, and the files refused as a whole.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class OrganImportTests(SharedRabbitMq rabbitMq)
{
    private const string Yulin = "450900";
    private const string Import = $"{DirectoryHost.Organs}/import";

    [SkippableFact]
    public async Task The_downloaded_xlsx_template_filled_with_rows_imports_and_a_bad_row_is_reported_by_row_and_column()
    {
        await using var host = await DirectoryHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var coordinator = host.CreateRestClient(TestTokens.Coordinator(TestOrgans.Organ(Yulin)));

        using var template = await coordinator.GetAsync($"{DirectoryHost.Organs}/template.xlsx");
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        var workbook = await template.Content.ReadAsByteArrayAsync();
        var headers = MiniExcel.Query(new MemoryStream(workbook), excelType: ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>().First().Values.Select(v => v!.ToString()!).ToArray();
        Assert.Equal(["机关全称", "简称", "统一社会信用代码/会议编号", "行政区划代码", "级别", "类别", "上级机关", "外部编号"], headers);
        var choices = MiniExcel.Query(new MemoryStream(workbook), useHeaderRow: true, sheetName: SheetTemplate.ValuesSheetName, excelType: ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>().ToList();
        Assert.Contains(choices, r => Equals(r["填写 Write"], "中直驻桂/驻地单位") && Equals(r["English"], "Stationed"));
        Assert.Contains(choices, r => Equals(r["填写 Write"], "机关党组织") && Equals(r["English"], "OrganPartyOrganization"));

        var committee = TestOrgans.Code(Yulin, 11);
        var rows = new List<Dictionary<string, object?>>
        {
            Row(headers, "中共玉林市直属机关工作委员会", "玉林市直属机关工委", committee, 450900, "市级", "工委", null, "YL-S-1"),
            Row(headers, "中共玉林市直属机关工委机关党支部", "工委机关党支部", null, "450900", "县级", "机关党组织", committee, "YL-S-2"),
            Row(headers, "玉林市某村委", "某村委", null, "450900", "村级", "机关", null, "YL-S-3"),
            Row(headers, "驻玉林某单位", "驻玉单位", null, "450900", "Stationed", "Organ", null, "YL-S-4"),
        };
        using var filled = new MemoryStream();
        MiniExcel.SaveAs(filled, rows, excelType: ExcelType.XLSX);

        var result = await (await UploadAsync(coordinator, filled.ToArray(), "机关名录.xlsx")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);

        Assert.Equal((3, 1), (result.GetProperty("created").GetInt32(), result.GetProperty("rejected").GetInt32()));
        var items = result.GetProperty("items");
        Assert.Equal([2, 3, 4, 5], items.EnumerateArray().Select(i => i.GetProperty("row").GetInt32()).ToArray());
        var badLevel = Assert.Single(items[2].GetProperty("errors").EnumerateArray());
        Assert.Equal(("level", "级别", "E"), (badLevel.GetProperty("field").GetString(), badLevel.GetProperty("column").GetString(), badLevel.GetProperty("columnLetter").GetString()));
        Assert.Contains("市级 (Municipal)", badLevel.GetProperty("message").GetString(), StringComparison.Ordinal);
        var branchId = items[1].GetProperty("identifier").GetString();
        var branch = await (await coordinator.GetAsync($"{DirectoryHost.Organs}/{branchId}")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(("County", "OrganPartyOrganization", committee, "ConferenceId"), (branch.GetProperty("level").GetString(), branch.GetProperty("kind").GetString(),
            branch.GetProperty("parentOrganId").GetString(), branch.GetProperty("idKind").GetString()));
        var stationed = await (await coordinator.GetAsync($"{DirectoryHost.Organs}/{items[3].GetProperty("identifier").GetString()}")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal("Stationed", stationed.GetProperty("level").GetString());

        var again = await (await UploadAsync(coordinator, filled.ToArray(), "机关名录.xlsx")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal((0, 3), (again.GetProperty("created").GetInt32(), again.GetProperty("unchanged").GetInt32()));
    }

    [SkippableFact]
    public async Task The_csv_template_round_trips_and_unreadable_or_oversized_files_are_refused_with_problem_json_before_any_write()
    {
        await using var host = await DirectoryHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var coordinator = host.CreateRestClient(TestTokens.Coordinator(TestOrgans.Organ(Yulin)));
        using var member = host.CreateRestClient(TestTokens.Member(TestOrgans.Organ(Yulin)));
        var csvTemplate = await (await coordinator.GetAsync($"{DirectoryHost.Organs}/template.csv")).Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], csvTemplate[..3]);

        var broken = await (await UploadAsync(coordinator, [.. "PK"u8, 3, 4, .. "not really a workbook"u8], "机关名录.xlsx")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("import.unreadable-file", broken.GetProperty("code").GetString());
        var tooLong = new StringBuilder(Encoding.UTF8.GetString(csvTemplate));
        for (var i = 0; i <= SheetLimits.MaxRows; i++)
        {
            tooLong.Append(CultureInvariant($"玉林市某局,某局,,{Yulin},市级,机关,,YL-C-{i}\r\n"));
        }

        var tooMany = await (await UploadAsync(coordinator, Encoding.UTF8.GetBytes(tooLong.ToString()), "机关名录.csv")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("import.too-many-rows", tooMany.GetProperty("code").GetString());
        Assert.Contains($"{SheetLimits.MaxRows}", tooMany.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(member, Encoding.UTF8.GetBytes(tooLong.ToString()), "机关名录.csv")).StatusCode);
        var organs = await (await coordinator.GetAsync($"{DirectoryHost.Organs}?region={Yulin}&limit=100")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.DoesNotContain(organs.GetProperty("items").EnumerateArray(), o => o.GetProperty("externalReference").GetString()?.StartsWith("YL-C-", StringComparison.Ordinal) == true);

        var one = csvTemplate.Concat(Encoding.UTF8.GetBytes($"玉林市某局,某局,,{Yulin},市级,机关,,YL-C-1\r\n")).ToArray();
        var imported = await (await UploadAsync(coordinator, one, "机关名录.csv")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(("created", 2), (imported.GetProperty("items")[0].GetProperty("outcome").GetString(), imported.GetProperty("items")[0].GetProperty("row").GetInt32()));
    }

    private static string CultureInvariant(FormattableString text) => FormattableString.Invariant(text);

    private static Dictionary<string, object?> Row(string[] headers, params object?[] values) =>
        headers.Zip(values).ToDictionary(p => p.First, p => p.Second);

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] content, string fileName)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return await client.PostAsync(Import, form);
    }
}
