using Corridor.Lists.Matching;
using Corridor.Lists.Problems;
using Corridor.Lists.Resources;
using Corridor.Lists.Tests.Resources;
using Corridor.Testing;

namespace Corridor.Lists.Tests.Matching;

public sealed class MatchScorerTests
{
    private static readonly DateOnly Today = new(2026, 5, 4);

    private static readonly MatchNeed PortNeed = new("钦州港 集装箱 舱位紧张", "外贸企业急需海铁联运舱位", ProblemCategory.Logistics, "450900", new DateOnly(2026, 8, 31));

    [Fact]
    public void A_fitting_resource_of_the_same_region_valid_through_the_due_date_gets_the_points_of_every_factor_with_its_reasons()
    {
        var suggestion = MatchScorer.Score(PortNeed, Offer(DemoOrgans.Yulin, ResourceCategory.LogisticsCapacity, "集装箱舱位", "海铁联运舱位"), Today);

        Assert.Equal(
            [("category", 40), ("proximity", 20), ("capacity", 10), ("validity", 5), ("due-date", 5), ("text", 14)],
            suggestion.Reasons.Select(r => (r.Factor, r.Weight)));
        Assert.Equal(94, suggestion.Score);
        Assert.Contains("same region (450900)", suggestion.Reasons[1].Explanation, StringComparison.Ordinal);
        Assert.Contains("1200.5 TEU/月", suggestion.Reasons[2].Explanation, StringComparison.Ordinal);
        // 7 shared bigrams of at most 10 counted: 7/10 of the text weight.
        Assert.Equal("7 words in common: 海铁 联运 舱位 装箱 运舱 铁联 集装", suggestion.Reasons[5].Explanation);
    }

    [Fact]
    public void Proximity_prefers_the_same_region_then_the_same_province_then_any_member()
    {
        Assert.Equal(MatchScorer.SameRegionWeight, Reason(MatchScorer.Score(PortNeed, Offer(DemoOrgans.Yulin), Today), "proximity").Weight);
        Assert.Equal(MatchScorer.SameProvinceWeight, Reason(MatchScorer.Score(PortNeed, Offer(DemoOrgans.Qinzhou), Today), "proximity").Weight);
        Assert.Equal(MatchScorer.SameProvinceWeight, Reason(MatchScorer.Score(PortNeed, Offer(DemoOrgans.Guangxi), Today), "proximity").Weight);
        Assert.Equal(MatchScorer.OtherMemberWeight, Reason(MatchScorer.Score(PortNeed, Offer(DemoOrgans.Zhanjiang), Today), "proximity").Weight);
    }

    [Fact]
    public void Wrong_category_no_capacity_and_a_window_ending_before_the_due_date_give_no_points_and_say_so()
    {
        var resource = Offer(DemoOrgans.Zhanjiang, ResourceCategory.Funding, "专项资金", "", capacity: 0m, validTo: new DateOnly(2026, 6, 30));

        var suggestion = MatchScorer.Score(PortNeed, resource, Today);

        Assert.Equal((0, "Funding resource, the problem is about Logistics"), (Reason(suggestion, "category").Weight, Reason(suggestion, "category").Explanation));
        Assert.Equal((0, "no capacity left"), (Reason(suggestion, "capacity").Weight, Reason(suggestion, "capacity").Explanation));
        Assert.Equal(0, Reason(suggestion, "due-date").Weight);
        Assert.Equal((0, "no words in common"), (Reason(suggestion, "text").Weight, Reason(suggestion, "text").Explanation));
        Assert.Equal(MatchScorer.OtherMemberWeight + MatchScorer.CoversTodayWeight, suggestion.Score);
    }

    [Fact]
    public void Without_a_due_date_there_is_no_due_date_factor()
    {
        var suggestion = MatchScorer.Score(PortNeed with { DueDate = null }, Offer(DemoOrgans.Yulin), Today);

        Assert.DoesNotContain(suggestion.Reasons, r => r.Factor == "due-date");
    }

    [Fact]
    public void Ranking_orders_by_score_keeps_offer_order_on_ties_and_leaves_out_nothing_that_scores()
    {
        var sameRegion = Offer(DemoOrgans.Yulin, ResourceCategory.LogisticsCapacity, "集装箱舱位", "", createdAt: 3);
        var province = Offer(DemoOrgans.Qinzhou, ResourceCategory.LogisticsCapacity, "集装箱舱位", "", createdAt: 1);
        var tieA = Offer(DemoOrgans.Zhanjiang, ResourceCategory.Data, "数据", "", createdAt: 2);
        var tieB = Offer(DemoOrgans.Zhaoqing, ResourceCategory.Data, "数据", "", createdAt: 4);

        var ranked = MatchScorer.Rank(PortNeed, [tieB, tieA, province, sameRegion], Today, 10);

        Assert.Equal([sameRegion.Id, province.Id, tieA.Id, tieB.Id], ranked.Select(s => s.Resource.Id));
        Assert.True(ranked[0].Score > ranked[1].Score && ranked[1].Score > ranked[2].Score);
        Assert.Equal(ranked[2].Score, ranked[3].Score);
        Assert.Equal([sameRegion.Id, province.Id], MatchScorer.Rank(PortNeed, [tieB, tieA, province, sameRegion], Today, 2).Select(s => s.Resource.Id));
    }

    [Theory]
    [InlineData(ProblemCategory.Customs, ResourceCategory.Policy)]
    [InlineData(ProblemCategory.Talent, ResourceCategory.TalentAndExpertise)]
    [InlineData(ProblemCategory.LandAndPlanning, ResourceCategory.PlatformOrVenue)]
    [InlineData(ProblemCategory.Other, ResourceCategory.Other)]
    public void Problem_categories_map_to_the_resource_category_that_can_answer_them(ProblemCategory problem, ResourceCategory resource) =>
        Assert.Equal(resource, MatchScorer.CategoryFor(problem));

    [Fact]
    public void Chinese_text_becomes_bigrams_and_other_text_lower_case_words()
    {
        Assert.Equal(["teu", "港", "箱舱", "舱位", "装箱", "集装"], TextTokens.Of("集装箱舱位 TEU，港").Order(StringComparer.Ordinal));
    }

    private static MatchReason Reason(MatchSuggestion suggestion, string factor) => Assert.Single(suggestion.Reasons, r => r.Factor == factor);

    private static Resource Offer(
        DemoOrgan organ, ResourceCategory category = ResourceCategory.LogisticsCapacity, string title = "资源", string description = "",
        decimal capacity = 1200.5m, DateOnly? validTo = null, int createdAt = 0) =>
        Resource.Offer(
            new ResourceInput(title, description, category, capacity, "TEU/月", new DateOnly(2026, 1, 1), validTo ?? new DateOnly(2026, 12, 31), null),
            TestResources.Member(organ),
            TestResources.Now.AddMinutes(createdAt));
}
