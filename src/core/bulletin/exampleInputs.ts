/**
 * The reference week (2023 issue 38, 9月25日—9月28日) as input rows: the 新建模板 command writes them as
 * example rows, and the sample workbook builds on them. Free text as published (digits without the
 * transcription's spaces; a paragraph split across two printed pages is one paragraph here).
 */
import { FACT_SPECS, type FactKey } from './factSpecs';
import type { BulletinInputData, ScoreSheetData } from './inputWorkbook';

const REFERENCE_FACTS = Object.fromEntries(FACT_SPECS.map((s) => [s.key, s.example])) as Record<FactKey, BulletinInputData['facts'][FactKey]>;

export function exampleInputData(): BulletinInputData {
  return {
    facts: { ...REFERENCE_FACTS },
    statistics: [
      { weekStart: { year: 2023, month: 9, day: 25 }, weekEnd: { year: 2023, month: 9, day: 28 }, consultations: 2039, acceptances: 514, certificates: 2257, transfers: 8314 },
    ],
    handbook: [{ date: { year: 2023, month: 9, day: 25 }, department: '省市场监管局', items: 15 }],
    visits: [
      { date: { year: 2023, month: 9, day: 25 }, department: '省广电局', title: '党组成员、一级巡视员', name: '黎万恒' },
      { date: { year: 2023, month: 9, day: 26 }, department: '水利厅', title: '党组成员、副厅长', name: '王华' },
      { date: { year: 2023, month: 9, day: 27 }, department: '公安厅', title: '二级巡视员', name: '罗毅' },
      { date: { year: 2023, month: 9, day: 28 }, department: '生态环境厅', title: '二级巡视员', name: '茆爽' },
    ],
    freeText: [
    { section: '其它工作开展情况', order: null, text: "收集政务服务效能提升常态化工作机制典型经验案例，公安厅、自然资源厅、生态环境厅、交通运输厅、应急管理厅等省直部门相关经验案例报省政府办公厅。" },
    { section: '大厅工作动态', order: 1, text: "9月28日,省中心召开9月份窗口首席事务代表会。会议通报了综合窗口、重大项目专区、惠企专窗工作推进情况和政务服务“三化”及园区政务服务集成授权改革工作情况。省林草局、公安厅、省药监局首席代表分别围绕规范林草系统行政审批、立足岗位职责做好大运会审批工作、助力园区政务服务集成授权改革作交流分享。会议要求,各部门(单位)窗口及相关处室要聚焦企业和群众办事堵点难点,对标全国先进省市地区,学经验、补短板,全面盘点全年目标任务,查缺补漏,倒排工期,决战四季度,在高标准完成2023年各项工作任务的同时提前谋划明年重点工作。会议还安排研究部署了省政务大厅中秋、国庆“双节”期间的安全及值班值守工作。" },
    { section: '大厅工作动态', order: 2, text: "交通运输厅窗口派员赴市(州)开展督导检查节前安全生产和服务保障工作,先后检查了天府机场高速成都收费站、天府服务区、宜宾高速公路客运站等点位,聚焦收费站、服务区等易拥堵点位,摸清底数、压实责任、配齐力量、细化举措,全力做好缓堵保畅工作。住房城乡建设厅联合自然资源厅等部门召开会议,专题研究优化房屋建筑和市政基础设施工程竣工验收工作,重点对《关于进一步优化联合验收的指导意见》(征求意见稿)进行修改完善。应急管理厅窗口到屏山县宋家坝工业园区九河化工调研园区企业审批情况,听取企业对应急管理政务服务工作的意见和建议，与屏山经济开发区管理委员会相关负责人就集成授权改革试点两项危险化学品相关行政许可授权事项承接工作进行调研，并实地了解当地政务服务中心综合窗口运行模式、四川省应急管理厅政务管理系统推广使用情况。" },
    { section: '大厅工作动态', order: 3, text: "经济和信息化厅编印《减轻企业负担政策汇编（2023上半年）》，采取目录清单形式，更新了2023年上半年国务院及有关部门出台的惠企减负政策25条，为企业了解和享受国家政策、维护合法权益提供帮助。省林草局印发《四川省林业和草原行政许可管理办法（试行）》。《办法》包括总则、行政许可的实施机关、行政许可的实施程序、行政许可的费用、监督检查、有关责任、附则等7个方面，共64条，自2023年10月10日起试行。" },
    { section: '政务资讯', order: 1, text: "9月26日，全省政务服务“三化”建设暨园区政务服务中心建设推进培训会在宜宾市召开，经济和信息化厅、科技厅、省市场监管局等省直相关部门参会。会议充分肯定了园区政务服务集成授权改革阶段性成效，认真剖析了当前园区政务服务集成授权改革中存在的体制机制不顺、精准下放推进机制不完善、未充分发挥政府和市场“两只手”作用等问题。会议强调，要持续释放政务服务集成授权改革动力和活力，要抢抓集成授权改革机遇全力以赴推动改革落地，要建立健全园区政务服务集成授权改革工作机制，要推动政务服务效能提升常态化。" },
    { section: '政务资讯', order: 2, text: "9月27日，第十七届全国政务服务工作会议交流研讨会在山东济南召开。会上，国务院办公厅政务办公室副主任段学军着重强调了“四个坚持”：坚持对标先进，持续打造市场化、法治化、国际化一流营商环境；坚持人民至上，加快健全企业和群众全生命周期服务体系；坚持数据赋能，着力推动数字政府建设和履职效能提升；坚持高效安全，进一步优化政务公开职能作用。省中心参会并作大会交流发言。" },
    ],
    templates: {},
  };
}

/** A few windows of the reference's August table, as the template's example score sheet. */
export function exampleScoreSheet(): ScoreSheetData {
  return {
    sheet: '考核',
    title: '2023年8月省政务服务大厅进驻部门（单位）窗口考核',
    rows: [
      { window: '交通运输厅', base: 100, deduction: 0, bonus: 18 },
      { window: '省市场监管局', base: 100, deduction: 0, bonus: 13.5 },
      { window: '生态环境厅', base: 100, deduction: 0, bonus: 10 },
      { window: '水利厅', base: 100, deduction: 0, bonus: 10 },
      { window: '成都海关', base: 100, deduction: 2, bonus: 0.5 },
    ],
  };
}
