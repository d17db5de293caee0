using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Resources;
using Corridor.Lists.Tests.Integration;
using Corridor.Testing;
using Corridor.TestKit;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Corridor.Lists.Tests.Submissions;

/// <summary>POST /api/v1/resources/import with .xlsx and .csv files, and the downloadable templates.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class ResourceImportTests(SharedRabbitMq rabbitMq)
{
    [SkippableFact]
    public async Task A_filled_xlsx_template_with_Chinese_headers_uploads_and_a_bad_row_is_reported_by_row_and_column()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var host = await ListsHost.StartAsync(vhost);
        using var yulin = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));

        using var template = await yulin.GetAsync("/api/v1/resources/template.xlsx");
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        var headers = MiniExcel.Query(new MemoryStream(await template.Content.ReadAsByteArrayAsync()), excelType: ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>().First().Values.Select(v => v!.ToString()!).ToArray();
        Assert.Equal(["外部编号", "标题", "类别", "容量", "单位", "有效期起", "有效期止", "描述"], headers);
        Assert.Equal(["resources", "取值说明"], MiniExcel.GetSheetNames(new MemoryStream(await template.Content.ReadAsByteArrayAsync())));
        var accepted = MiniExcel.Query(new MemoryStream(await template.Content.ReadAsByteArrayAsync()), useHeaderRow: true, sheetName: "取值说明", excelType: ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>().ToList();
        Assert.Contains(accepted, r => Equals(r["填写 Write"], "物流运力") && Equals(r["English"], "LogisticsCapacity"));

        var rows = new List<Dictionary<string, object?>>
        {
            Row(headers, "YL-X-1", "北部湾港集装箱舱位", "LogisticsCapacity", 120.5, "TEU/月", new DateTime(2026, 1, 1), new DateTime(2026, 12, 31), "每周三班"),
            Row(headers, "YL-X-2", "产业转移引导资金", "资金", 3000, "万元", new DateTime(2026, 3, 1), new DateTime(2027, 2, 28), ""),
            Row(headers, "YL-X-3", "跨省人才服务站", "人才智力", 12, "人", new DateTime(2026, 1, 1), new DateTime(2026, 6, 30), "湛江—玉林"),
            Row(headers, "YL-X-4", "冷链仓储", "LogisticsCapacity", "很多", "吨", new DateTime(2026, 1, 1), new DateTime(2026, 12, 31), ""),
            Row(headers, "YL-X-5", "天气预报", "天气", 1, "项", new DateTime(2026, 1, 1), new DateTime(2026, 12, 31), ""),
        };
        using var workbook = new MemoryStream();
        MiniExcel.SaveAs(workbook, rows, excelType: ExcelType.XLSX);

        var result = await (await UploadAsync(yulin, workbook.ToArray(), "资源清单.xlsx")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);

        Assert.Equal(3, result.GetProperty("created").GetInt32());
        Assert.Equal(2, result.GetProperty("rejected").GetInt32());
        var items = result.GetProperty("items");
        Assert.Equal([2, 3, 4, 5, 6], items.EnumerateArray().Select(i => i.GetProperty("row").GetInt32()).ToArray());
        var badCategory = Assert.Single(items[4].GetProperty("errors").EnumerateArray());
        Assert.Equal(("category", "类别", "C"), (badCategory.GetProperty("field").GetString(), badCategory.GetProperty("column").GetString(), badCategory.GetProperty("columnLetter").GetString()));
        Assert.Contains("物流运力 (LogisticsCapacity)", badCategory.GetProperty("message").GetString());
        var bad = items[3];
        Assert.Equal("rejected", bad.GetProperty("outcome").GetString());
        var error = Assert.Single(bad.GetProperty("errors").EnumerateArray());
        Assert.Equal("capacity", error.GetProperty("field").GetString());
        Assert.Equal("容量", error.GetProperty("column").GetString());
        Assert.Equal("D", error.GetProperty("columnLetter").GetString());

        var stored = await host.QueryAsync<ListsDbContext, List<Resource>>(db => db.Resources.AsNoTracking().OrderBy(r => r.ExternalReference).ToListAsync());
        Assert.Equal(["YL-X-1", "YL-X-2", "YL-X-3"], stored.Select(r => r.ExternalReference!).ToArray());
        Assert.Equal(120.5m, stored[0].Capacity);
        Assert.Equal(new DateOnly(2027, 2, 28), stored[1].ValidTo);
        Assert.Equal([ResourceCategory.LogisticsCapacity, ResourceCategory.Funding, ResourceCategory.TalentAndExpertise], stored.Select(r => r.Category).ToArray());
        Assert.Equal(DemoOrgans.Yulin.RegionCode, stored[2].RegionCode);

        var again = await (await UploadAsync(yulin, workbook.ToArray(), "资源清单.xlsx")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(3, again.GetProperty("unchanged").GetInt32());
    }

    [SkippableFact]
    public async Task A_csv_with_English_headers_uploads_and_a_bad_row_is_reported_by_row_and_column()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var host = await ListsHost.StartAsync(vhost);
        using var zhanjiang = host.CreateRestClient(TestTokens.Member(DemoOrgans.Zhanjiang));
        var csv = """
            External reference,Title,Category,Capacity,Unit,Valid from,Valid to
            ZJ-1,"Zhanjiang port berths, container",PortAndChannel,4,berths,2026-01-01,2026-12-31
            ZJ-2,,Policy,1,item,2026-01-01,2026-12-31

            ZJ-3,Cold chain,LogisticsCapacity,800.25,t,2026/2/1,2026/11/30
            ZJ-4,Bad dates,Other,1,item,2026-13-01,2026-12-31
            """;

        var result = await (await UploadAsync(zhanjiang, Encoding.UTF8.GetBytes(csv), "resources.csv")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);

        Assert.Equal(2, result.GetProperty("created").GetInt32());
        var items = result.GetProperty("items");
        Assert.Equal([2, 3, 5, 6], items.EnumerateArray().Select(i => i.GetProperty("row").GetInt32()).ToArray());
        var noTitle = Assert.Single(items[1].GetProperty("errors").EnumerateArray());
        Assert.Equal(("title", "Title", "B"), (noTitle.GetProperty("field").GetString(), noTitle.GetProperty("column").GetString(), noTitle.GetProperty("columnLetter").GetString()));
        var badDate = Assert.Single(items[3].GetProperty("errors").EnumerateArray());
        Assert.Equal(("validFrom", "Valid from", "F"), (badDate.GetProperty("field").GetString(), badDate.GetProperty("column").GetString(), badDate.GetProperty("columnLetter").GetString()));
        var titles = await host.QueryAsync<ListsDbContext, List<string>>(db => db.Resources.OrderBy(r => r.ExternalReference).Select(r => r.Title).ToListAsync());
        Assert.Equal(["Zhanjiang port berths, container", "Cold chain"], titles);
    }

    [SkippableFact]
    public async Task The_csv_template_with_a_BOM_round_trips()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var host = await ListsHost.StartAsync(vhost);
        using var yulin = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));

        var template = await (await yulin.GetAsync("/api/v1/resources/template.csv")).Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], template[..3]);
        var filled = template.Concat(Encoding.UTF8.GetBytes("YL-C-1,玉林中医药产业园,PlatformOrVenue,2,个,2026-01-01,2026-12-31,\r\n")).ToArray();

        var result = await (await UploadAsync(yulin, filled, "模板.csv")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);

        Assert.Equal(1, result.GetProperty("created").GetInt32());
        Assert.Equal(2, result.GetProperty("items")[0].GetProperty("row").GetInt32());
    }

    [SkippableFact]
    public async Task A_file_that_is_neither_xlsx_nor_csv_is_refused_with_problem_json()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var host = await ListsHost.StartAsync(vhost);
        using var yulin = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));

        var text = await (await UploadAsync(yulin, Encoding.UTF8.GetBytes("just some notes"), "notes.txt")).ReadProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.Equal("import.unsupported-file", text.GetProperty("code").GetString());
        var fake = await (await UploadAsync(yulin, Encoding.UTF8.GetBytes("not a zip"), "list.xlsx")).ReadProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.Equal("import.unsupported-file", fake.GetProperty("code").GetString());
        var noHeaders = await (await UploadAsync(yulin, Encoding.UTF8.GetBytes("a,b\n1,2\n"), "list.csv")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("import.no-known-columns", noHeaders.GetProperty("code").GetString());
        using var json = await yulin.PostJsonAsync(ResourceItems.Import, new { items = Array.Empty<object>() });
        await json.ReadProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.Equal(0, await host.QueryAsync<ListsDbContext, int>(db => db.Resources.CountAsync()));
    }

    private static Dictionary<string, object?> Row(string[] headers, params object?[] values) =>
        headers.Zip(values).ToDictionary(p => p.First, p => p.Second);

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] content, string fileName)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return await client.PostAsync(ResourceItems.Import, form);
    }
}
