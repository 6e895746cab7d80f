<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>App</name>
    <message>
      <source>The window was never painted.</source>
      <translation>窗口没能显示出来。</translation>
    </message>
    <message>
      <source>The backup could not be restored</source>
      <translation>无法恢复这份备份</translation>
    </message>
    <message>
      <source>Backup %1 was restored.</source>
      <translation>已恢复备份 %1。</translation>
    </message>
    <message>
      <source>The start-up backup failed: %1</source>
      <translation>启动时的自动备份失败：%1</translation>
    </message>
    <message>
      <source>Database file: %1</source>
      <translation>数据库文件：%1</translation>
    </message>
    <message>
      <source>VillageCast cannot open the catalogue</source>
      <translation>VillageCast 无法打开商品目录</translation>
    </message>
  </context>
  <context>
    <name>AuditForm</name>
    <message>
      <source>Check the supplier's name, credit code or ID, real address, contact and licences.</source>
      <translation>核对供货方名称、统一社会信用代码或身份证、实际地址、联系方式和许可证。</translation>
    </message>
    <message>
      <source>Check the certificates and inspection reports: genuine, for this product, still valid.</source>
      <translation>核对证书和检测报告：真实、对应本商品、仍在有效期内。</translation>
    </message>
    <message>
      <source>Taste and inspect a sample yourself, or send one to a laboratory for testing.</source>
      <translation>亲自试吃、查验样品，或送实验室检测。</translation>
    </message>
    <message>
      <source>Every talking point is true and backed by a certificate or document.</source>
      <translation>每条卖点都属实，并有证书或资料作依据。</translation>
    </message>
    <message>
      <source>The person responsible for quality signs off: the product may go on air.</source>
      <translation>品控负责人签字确认：商品可以上播。</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>证书</translation>
    </message>
    <message>
      <source>%1 %2</source>
      <translation>%1 %2</translation>
    </message>
    <message>
      <source>Document: %1</source>
      <translation>资料：%1</translation>
    </message>
    <message>
      <source>%1 (expired on %2)</source>
      <translation>%1（已于 %2 过期）</translation>
    </message>
    <message>
      <source>%1 (valid from %2)</source>
      <translation>%1（%2 起生效）</translation>
    </message>
    <message>
      <source>%1 (expires on %2)</source>
      <translation>%1（%2 到期）</translation>
    </message>
    <message>
      <source>Tick what was checked</source>
      <translation>勾选审核时查看过的依据</translation>
    </message>
    <message>
      <source>Record a review</source>
      <translation>记录一次审核</translation>
    </message>
    <message>
      <source>Who checked it</source>
      <translation>谁审核的</translation>
    </message>
    <message>
      <source>Remembered for the next line</source>
      <translation>下次会自动填上</translation>
    </message>
    <message>
      <source>The day of the review, as YYYY-MM-DD</source>
      <translation>审核日期，格式 YYYY-MM-DD</translation>
    </message>
    <message>
      <source>Pick from a calendar</source>
      <translation>从日历中选择</translation>
    </message>
    <message>
      <source>No certificates or documents yet: add them in the Certificates section.</source>
      <translation>还没有证书或资料：请先在“证书”页添加。</translation>
    </message>
    <message>
      <source>What was checked, and how (optional)</source>
      <translation>审核了什么、怎么审核的（可不填）</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>记录</translation>
    </message>
    <message>
      <source>Add this line to the ledger (Ctrl+Enter)</source>
      <translation>把这一条记入台账（Ctrl+Enter）</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1：%2</translation>
    </message>
  </context>
  <context>
    <name>AuditPanel</name>
    <message>
      <source>Approved for broadcast</source>
      <translation>已批准上播</translation>
    </message>
    <message>
      <source>Not approved for broadcast</source>
      <translation>未批准上播</translation>
    </message>
    <message>
      <source>All five steps passed and the final approval covers them. Keep this ledger for at least three years.</source>
      <translation>五个步骤都已通过，最终审批涵盖了它们。本台账请至少保存三年。</translation>
    </message>
    <message>
      <source>Not done yet</source>
      <translation>尚未进行</translation>
    </message>
    <message>
      <source>%1 — %2, %3</source>
      <translation>%1 — %2，%3</translation>
    </message>
    <message>
      <source>The talking points changed since: review them again.</source>
      <translation>之后卖点有改动：需要重新审核。</translation>
    </message>
    <message>
      <source>A step was recorded after it: approve again.</source>
      <translation>之后又记录了其他步骤：需要重新审批。</translation>
    </message>
    <message>
      <source>A later line of the same step replaces this one.</source>
      <translation>同一步骤后来的记录取代了这一条。</translation>
    </message>
    <message>
      <source>%1 — %2</source>
      <translation>%1 — %2</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1：%2</translation>
    </message>
    <message>
      <source>; </source>
      <translation>；</translation>
    </message>
    <message>
      <source>The five steps</source>
      <translation>五个步骤</translation>
    </message>
    <message>
      <source>Ledger</source>
      <translation>台账</translation>
    </message>
    <message>
      <source>Newest first. Each step counts by its latest line; grey lines were replaced by a later one.</source>
      <translation>最新的在前。每个步骤以最后一条记录为准；灰色的记录已被后来的取代。</translation>
    </message>
    <message>
      <source>Step, result, reviewer, evidence, note</source>
      <translation>步骤、结果、审核人、依据、备注</translation>
    </message>
    <message>
      <source>Selection review ledger</source>
      <translation>选品审核台账</translation>
    </message>
    <message>
      <source>Remove line</source>
      <translation>删除记录</translation>
    </message>
    <message>
      <source>Remove the selected line from the ledger (Delete; can be undone)</source>
      <translation>从台账中删除所选记录（Delete 键；可撤销）</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>记录</translation>
    </message>
    <message>
      <source>Record a review of this step</source>
      <translation>记录这一步的审核</translation>
    </message>
    <message>
      <source>Record: %1</source>
      <translation>记录：%1</translation>
    </message>
    <message>
      <source>Review line</source>
      <translation>审核记录</translation>
    </message>
    <message>
      <source>Remove review line</source>
      <translation>删除审核记录</translation>
    </message>
  </context>
  <context>
    <name>BasicsPanel</name>
    <message>
      <source>Name and category</source>
      <translation>名称与品类</translation>
    </message>
    <message>
      <source>Prices (yuan)</source>
      <translation>价格（元）</translation>
    </message>
    <message>
      <source>Size and weight</source>
      <translation>规格与重量</translation>
    </message>
    <message>
      <source>Storage and stock</source>
      <translation>储存与库存</translation>
    </message>
    <message>
      <source>Origin</source>
      <translation>产地</translation>
    </message>
    <message>
      <source>Supply and after-sales</source>
      <translation>供货与售后</translation>
    </message>
    <message>
      <source>Type a date as YYYY-MM-DD, or leave it empty</source>
      <translation>按 YYYY-MM-DD 填写日期，或留空</translation>
    </message>
    <message>
      <source>Pick from a calendar</source>
      <translation>从日历中选择</translation>
    </message>
    <message>
      <source>Fresh goods that spoil: no 7-day no-reason returns</source>
      <translation>鲜活易腐商品：不适用七天无理由退货</translation>
    </message>
    <message>
      <source>Letters, digits, - _ . ; at most 40. Renaming keeps all history.</source>
      <translation>字母、数字、- _ .，最多 40 个字符。改货号不会丢失任何记录。</translation>
    </message>
    <message>
      <source>The name buyers see and the anchor says</source>
      <translation>买家看到、主播口播的名称</translation>
    </message>
  </context>
  <context>
    <name>Broadcast</name>
    <message>
      <source>Opening</source>
      <translation>开场</translation>
    </message>
    <message>
      <source>Product</source>
      <translation>产品</translation>
    </message>
    <message>
      <source>Closing</source>
      <translation>结尾</translation>
    </message>
    <message>
      <source>Run sheet</source>
      <translation>排品单</translation>
    </message>
    <message>
      <source>Re-feature (返场)</source>
      <translation>返场</translation>
    </message>
    <message>
      <source>preparing</source>
      <translation>准备中</translation>
    </message>
    <message>
      <source>on air</source>
      <translation>直播中</translation>
    </message>
    <message>
      <source>finished</source>
      <translation>已结束</translation>
    </message>
    <message>
      <source>stopped</source>
      <translation>已停止</translation>
    </message>
    <message>
      <source>quantity reached</source>
      <translation>数量已到</translation>
    </message>
    <message>
      <source>time up</source>
      <translation>时间到</translation>
    </message>
    <message>
      <source>sold out</source>
      <translation>已售罄</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>List</source>
      <translation>队列</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <source>Script</source>
      <translation>话术</translation>
    </message>
    <message>
      <source>Planned time</source>
      <translation>计划时长</translation>
    </message>
    <message>
      <source>Speed</source>
      <translation>速度</translation>
    </message>
    <message>
      <source>Segment</source>
      <translation>段落</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>位置</translation>
    </message>
    <message>
      <source>Position in line</source>
      <translation>行内位置</translation>
    </message>
    <message>
      <source>Count-down length</source>
      <translation>倒计时时长</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <source>What was said</source>
      <translation>说了什么</translation>
    </message>
    <message>
      <source>What is true</source>
      <translation>实际情况</translation>
    </message>
    <message>
      <source>Checklist item</source>
      <translation>检查项</translation>
    </message>
    <message>
      <source>Reminder</source>
      <translation>提醒</translation>
    </message>
    <message>
      <source>“{sku}” is not approved for broadcast by the selection review: {reasons}</source>
      <translation>“{sku}”未通过选品审核，不能上播：{reasons}</translation>
    </message>
    <message>
      <source>“{sku}” is no longer in the catalogue; its script was checked without product facts.</source>
      <translation>“{sku}”已不在目录中；它的话术没有对照产品资料检查。</translation>
    </message>
    <message>
      <source>{field}: {value} is outside {min}–{max}.</source>
      <translation>{field}：{value} 超出了 {min}–{max} 的范围。</translation>
    </message>
    <message>
      <source>{field}: an opening or closing segment has no product.</source>
      <translation>{field}：开场或结尾段落不挂产品。</translation>
    </message>
    <message>
      <source>{field}: “{value}” is not an item of the rule pack.</source>
      <translation>{field}：“{value}”不是规则包里的检查项。</translation>
    </message>
    <message>
      <source>{field}: “{value}” is not a “during the broadcast” item; it gets no reminder.</source>
      <translation>{field}：“{value}”不是“直播中”的检查项，不会提醒。</translation>
    </message>
    <message>
      <source>{field}: “{value}” applies only from {date}.</source>
      <translation>{field}：“{value}”要到 {date} 才生效。</translation>
    </message>
    <message>
      <source>The reminder file is not in the {format} format.</source>
      <translation>提醒文件不是 {format} 格式。</translation>
    </message>
    <message>
      <source>Cannot read the reminder file “{path}” ({reason}).</source>
      <translation>无法读取提醒文件“{path}”（{reason}）。</translation>
    </message>
    <message>
      <source>That run sheet no longer exists.</source>
      <translation>这份排品单已经不存在了。</translation>
    </message>
    <message>
      <source>That segment is no longer on the run sheet.</source>
      <translation>这个段落已不在排品单上了。</translation>
    </message>
    <message>
      <source>This session has not gone on air: run the pre-broadcast check first.</source>
      <translation>这场直播还没有开播：请先做开播前检查。</translation>
    </message>
    <message>
      <source>This session did not go on air with a run sheet.</source>
      <translation>这场直播开播时没有使用排品单。</translation>
    </message>
    <message>
      <source>The run sheet has no segments; add at least one before going on air.</source>
      <translation>排品单里没有段落；开播前至少添加一段。</translation>
    </message>
    <message>
      <source>Segment {index} has no product to sell; choose the product or go to its segment.</source>
      <translation>第 {index} 段没有可卖的产品；请选择产品，或切换到它的段落。</translation>
    </message>
    <message>
      <source>A count-down for “{sku}” is already running; stop it before starting another.</source>
      <translation>“{sku}”的倒计时正在进行；请先停止，再开始新的。</translation>
    </message>
    <message>
      <source>That count-down no longer exists.</source>
      <translation>这个倒计时已经不存在了。</translation>
    </message>
    <message>
      <source>That correction no longer exists.</source>
      <translation>这条更正已经不存在了。</translation>
    </message>
    <message>
      <source>That reminder acknowledgement no longer exists.</source>
      <translation>这条提醒确认已经不存在了。</translation>
    </message>
    <message>
      <source>Products</source>
      <translation>产品</translation>
    </message>
    <message>
      <source>Segments</source>
      <translation>段落</translation>
    </message>
    <message>
      <source>Checklist</source>
      <translation>检查清单</translation>
    </message>
    <message>
      <source>Reminders acknowledged</source>
      <translation>已确认的提醒</translation>
    </message>
    <message>
      <source>Corrections</source>
      <translation>更正</translation>
    </message>
    <message>
      <source>Script findings</source>
      <translation>话术问题</translation>
    </message>
    <message>
      <source>SKU</source>
      <translation>货号</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Units sold</source>
      <translation>售出件数</translation>
    </message>
    <message>
      <source>Revenue (yuan)</source>
      <translation>销售额（元）</translation>
    </message>
    <message>
      <source>Units without a price</source>
      <translation>无价格的件数</translation>
    </message>
    <message>
      <source>Stock left</source>
      <translation>剩余库存</translation>
    </message>
    <message>
      <source>Planned (s)</source>
      <translation>计划（秒）</translation>
    </message>
    <message>
      <source>Spent (s)</source>
      <translation>实际（秒）</translation>
    </message>
    <message>
      <source>Times on air</source>
      <translation>上播次数</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>项目</translation>
    </message>
    <message>
      <source>Ticked at</source>
      <translation>勾选时间</translation>
    </message>
    <message>
      <source>Acknowledged at</source>
      <translation>确认时间</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>规则</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>严重程度</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Wording</source>
      <translation>用语</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <source>re-feature</source>
      <translation>返场</translation>
    </message>
  </context>
  <context>
    <name>BroadcastWindow</name>
    <message>
      <source>Broadcast: run sheets and reports — VillageCast</source>
      <translation>直播：排品单与报告 — VillageCast</translation>
    </message>
    <message>
      <source>&amp;Run sheet (排品)</source>
      <translation>排品单(&amp;R)</translation>
    </message>
    <message>
      <source>Re&amp;ports</source>
      <translation>报告(&amp;P)</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>编辑(&amp;E)</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>查看(&amp;V)</translation>
    </message>
    <message>
      <source>&amp;Go on air…</source>
      <translation>开播(&amp;G)…</translation>
    </message>
    <message>
      <source>&amp;Resume a show…</source>
      <translation>恢复直播(&amp;R)…</translation>
    </message>
    <message>
      <source>Export report as &amp;PDF…</source>
      <translation>导出报告为 PDF(&amp;P)…</translation>
    </message>
    <message>
      <source>Export report as &amp;CSV…</source>
      <translation>导出报告为 CSV(&amp;C)…</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>关闭(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Save script</source>
      <translation>保存话术(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Undo %1</source>
      <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>撤销(&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Redo %1</source>
      <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>重做(&amp;R)</translation>
    </message>
  </context>
  <context>
    <name>CardDialog</name>
    <message>
      <source>Edit rate card</source>
      <translation>修改报价单</translation>
    </message>
    <message>
      <source>New rate card</source>
      <translation>新建报价单</translation>
    </message>
    <message>
      <source>&amp;Carrier</source>
      <translation>快递公司(&amp;C)</translation>
    </message>
    <message>
      <source>Ser&amp;vice</source>
      <translation>服务(&amp;V)</translation>
    </message>
    <message>
      <source>&amp;Origin</source>
      <translation>始发省(&amp;O)</translation>
    </message>
    <message>
      <source>&amp;Pricing</source>
      <translation>计价方式(&amp;P)</translation>
    </message>
    <message>
      <source>&amp;First weight (kg)</source>
      <translation>首重（公斤）(&amp;F)</translation>
    </message>
    <message>
      <source>Continued &amp;step (kg)</source>
      <translation>续重步长（公斤）(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Rounding</source>
      <translation>取整(&amp;R)</translation>
    </message>
    <message>
      <source>Vol&amp;ume divisor</source>
      <translation>抛比(&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Max parcel (kg)</source>
      <translation>单件限重（公斤）(&amp;M)</translation>
    </message>
    <message>
      <source>S&amp;tarts</source>
      <translation>生效日期(&amp;T)</translation>
    </message>
    <message>
      <source>&amp;Insurance %</source>
      <translation>保价费率 %(&amp;I)</translation>
    </message>
    <message>
      <source>Insurance mi&amp;nimum ¥</source>
      <translation>保价最低收费 ¥(&amp;N)</translation>
    </message>
    <message>
      <source>F&amp;uel surcharge %</source>
      <translation>燃油附加费率 %(&amp;U)</translation>
    </message>
    <message>
      <source>No&amp;te</source>
      <translation>备注(&amp;T)</translation>
    </message>
    <message>
      <source>Volume not charged (不计泡)</source>
      <translation>不计泡</translation>
    </message>
    <message>
      <source>Other:</source>
      <translation>其他：</translation>
    </message>
    <message>
      <source>e.g. 中通 county outlet</source>
      <translation>例如：中通县城网点</translation>
    </message>
    <message>
      <source>e.g. 电商件</source>
      <translation>例如：电商件</translation>
    </message>
    <message>
      <source>no limit</source>
      <translation>不限</translation>
    </message>
    <message>
      <source>The day the outlet's prices start (YYYY-MM-DD); empty: always</source>
      <translation>网点报价开始执行的日期（年-月-日）；留空表示一直有效</translation>
    </message>
    <message>
      <source>Pick the start date</source>
      <translation>选择生效日期</translation>
    </message>
    <message>
      <source>Example card (not a real quote from this carrier)</source>
      <translation>示例报价单（不是这家快递的真实报价）</translation>
    </message>
    <message>
      <source>One row per zone and weight band. A row without a zone name continues the zone above; a zone's provinces, surcharges and days are read from its first row. Enter moves to the next cell.</source>
      <translation>每个区域的每个重量段一行。没有区域名的行接着上面的区域；区域的省份、附加费和时效取自它的第一行。按回车移到下一格。</translation>
    </message>
    <message>
      <source>&amp;Add row</source>
      <translation>添加一行(&amp;A)</translation>
    </message>
    <message>
      <source>Remo&amp;ve rows</source>
      <translation>删除行(&amp;V)</translation>
    </message>
    <message>
      <source>Check and save the card (Ctrl+S)</source>
      <translation>检查并保存报价单（Ctrl+S）</translation>
    </message>
    <message>
      <source>A card of %1 %2 from this origin with this start date exists. Replace it?

Edit &gt; Undo brings it back.</source>
      <translation>已有一张从这个始发省发出、生效日期相同的 %1 %2 报价单。要替换它吗？

用“编辑 &gt; 撤销”可以找回。</translation>
    </message>
    <message>
      <source>Replace rate card</source>
      <translation>替换报价单</translation>
    </message>
    <message>
      <source>Edit rate card %1</source>
      <translation>修改报价单 %1</translation>
    </message>
    <message>
      <source>New rate card %1</source>
      <translation>新建报价单 %1</translation>
    </message>
  </context>
  <context>
    <name>CardGrid</name>
    <message>
      <source>Zone</source>
      <translation>区域</translation>
    </message>
    <message>
      <source>Provinces (e.g. Guangdong, Guangxi)</source>
      <translation>省份（如 广东、广西）</translation>
    </message>
    <message>
      <source>Above kg</source>
      <translation>起始重量（公斤，不含）</translation>
    </message>
    <message>
      <source>Up to kg</source>
      <translation>截止重量（公斤，含）</translation>
    </message>
    <message>
      <source>First weight ¥</source>
      <translation>首重价 ¥</translation>
    </message>
    <message>
      <source>Per step ¥</source>
      <translation>续重每步 ¥</translation>
    </message>
    <message>
      <source>Waybill ¥</source>
      <translation>面单费 ¥</translation>
    </message>
    <message>
      <source>Per kg ¥</source>
      <translation>每公斤 ¥</translation>
    </message>
    <message>
      <source>Flat ¥</source>
      <translation>一口价 ¥</translation>
    </message>
    <message>
      <source>Minimum ¥</source>
      <translation>最低收费 ¥</translation>
    </message>
    <message>
      <source>Remote fee ¥</source>
      <translation>偏远费 ¥</translation>
    </message>
    <message>
      <source>paid by</source>
      <translation>承担方</translation>
    </message>
    <message>
      <source>Transit fee ¥</source>
      <translation>中转费 ¥</translation>
    </message>
    <message>
      <source>Cold pack ¥</source>
      <translation>冷链包装 ¥</translation>
    </message>
    <message>
      <source>Days</source>
      <translation>时效天数</translation>
    </message>
    <message>
      <source>Row %1: %2</source>
      <translation>第 %1 行：%2</translation>
    </message>
  </context>
  <context>
    <name>CardsTab</name>
    <message>
      <source>&amp;Origin:</source>
      <translation>始发省(&amp;O)：</translation>
    </message>
    <message>
      <source>All origins</source>
      <translation>全部始发省</translation>
    </message>
    <message>
      <source>Show the cards from this origin</source>
      <translation>只显示从这个省发出的报价单</translation>
    </message>
    <message>
      <source>Carrier</source>
      <translation>快递公司</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>服务</translation>
    </message>
    <message>
      <source>Origin</source>
      <translation>始发省</translation>
    </message>
    <message>
      <source>Starts</source>
      <translation>生效日期</translation>
    </message>
    <message>
      <source>Zones</source>
      <translation>区域数</translation>
    </message>
    <message>
      <source>Pricing</source>
      <translation>计价方式</translation>
    </message>
    <message>
      <source>Example?</source>
      <translation>示例？</translation>
    </message>
    <message>
      <source>Rate cards</source>
      <translation>报价单</translation>
    </message>
    <message>
      <source>&amp;New card…</source>
      <translation>新建报价单(&amp;N)…</translation>
    </message>
    <message>
      <source>&amp;Edit card…</source>
      <translation>修改报价单(&amp;E)…</translation>
    </message>
    <message>
      <source>&amp;Delete…</source>
      <translation>删除(&amp;D)…</translation>
    </message>
    <message>
      <source>&amp;Import CSV…</source>
      <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
      <source>E&amp;xport CSV…</source>
      <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
      <source>Add e&amp;xample cards for…</source>
      <translation>添加示例报价单(&amp;X)…</translation>
    </message>
    <message>
      <source>Save the selected cards (or, with none selected, every card listed) as a CSV file</source>
      <translation>把选中的报价单（没选则为列出的全部）存为 CSV 文件</translation>
    </message>
    <message>
      <source>Sample cards for trying the app, marked EXAMPLE: not any carrier's real prices</source>
      <translation>用来试用软件的示例报价单，标为“示例”，不是任何快递的真实价格</translation>
    </message>
    <message>
      <source>Read a rate-card CSV saved from Excel or WPS (UTF-8 or GBK)</source>
      <translation>读取从 Excel 或 WPS 保存的报价单 CSV（UTF-8 或 GBK）</translation>
    </message>
    <message>
      <source>Chinese column headers</source>
      <translation>中文列名</translation>
    </message>
    <message>
      <source>EXAMPLE</source>
      <translation>示例</translation>
    </message>
    <message>
      <source>An example card, not any carrier's real prices. %1</source>
      <translation>示例报价单，不是任何快递的真实价格。%1</translation>
    </message>
    <message numerus="yes">
      <source>%n card(s)</source>
      <translation>
        <numerusform>%n 张报价单</numerusform>
      </translation>
    </message>
    <message>
      <source>Import rate cards</source>
      <translation>导入报价单</translation>
    </message>
    <message>
      <source>CSV files (*.csv *.txt);;All files (*)</source>
      <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
      <source>%1 could not be read: %2</source>
      <translation>无法读取 %1：%2</translation>
    </message>
    <message>
      <source>Rate cards not imported</source>
      <translation>报价单未导入</translation>
    </message>
    <message>
      <source>%1 was refused; nothing was imported. Fix these lines and import it again:</source>
      <translation>%1 被拒收，什么都没有导入。请改正以下各行后重新导入：</translation>
    </message>
    <message>
      <source>Nothing imported from %1.</source>
      <translation>没有从 %1 导入任何内容。</translation>
    </message>
    <message>
      <source>Import %1</source>
      <translation>导入 %1</translation>
    </message>
    <message>
      <source>Nothing was imported:</source>
      <translation>什么都没有导入：</translation>
    </message>
    <message numerus="yes">
      <source>Imported %n card(s) from %1.</source>
      <translation>
        <numerusform>已从 %1 导入 %n 张报价单。</numerusform>
      </translation>
    </message>
    <message>
      <source>They replace: %1.</source>
      <translation>它们替换了：%1。</translation>
    </message>
    <message>
      <source>Export rate cards</source>
      <translation>导出报价单</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
      <source>%1 could not be written: %2</source>
      <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
      <source>Saved %n card(s) to %1.</source>
      <translation>
        <numerusform>已把 %n 张报价单存到 %1。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Delete %n rate card(s)?

Edit &gt; Undo brings them back.</source>
      <translation>
        <numerusform>删除 %n 张报价单？

用“编辑 &gt; 撤销”可以找回。</numerusform>
      </translation>
    </message>
    <message>
      <source>Delete rate cards</source>
      <translation>删除报价单</translation>
    </message>
    <message numerus="yes">
      <source>Delete %n rate card(s)</source>
      <translation>
        <numerusform>删除 %n 张报价单</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Deleted %n card(s).</source>
      <translation>
        <numerusform>已删除 %n 张报价单。</numerusform>
      </translation>
    </message>
    <message>
      <source>Add example cards</source>
      <translation>添加示例报价单</translation>
    </message>
    <message>
      <source>Example cards from which origin province? They are marked EXAMPLE and hold no carrier's real prices.</source>
      <translation>要添加从哪个省发出的示例报价单？它们标为“示例”，不含任何快递的真实价格。</translation>
    </message>
    <message>
      <source>Add example cards for %1</source>
      <translation>添加 %1 的示例报价单</translation>
    </message>
    <message numerus="yes">
      <source>Added %n example card(s) from %1.</source>
      <translation>
        <numerusform>已添加从%1发出的 %n 张示例报价单。</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CatalogueActions</name>
    <message>
      <source>&amp;New product…</source>
      <translation>新建商品(&amp;N)…</translation>
    </message>
    <message>
      <source>Add a product to the catalogue (Ctrl+N)</source>
      <translation>在目录里添加一个商品（Ctrl+N）</translation>
    </message>
    <message>
      <source>&amp;Delete product…</source>
      <translation>删除商品(&amp;D)…</translation>
    </message>
    <message>
      <source>Product &amp;section</source>
      <translation>商品分页(&amp;S)</translation>
    </message>
    <message>
      <source>Next section</source>
      <translation>下一页</translation>
    </message>
    <message>
      <source>Previous section</source>
      <translation>上一页</translation>
    </message>
    <message>
      <source>UI &amp;scale</source>
      <translation>界面缩放(&amp;S)</translation>
    </message>
    <message>
      <source>Delete product</source>
      <translation>删除商品</translation>
    </message>
    <message>
      <source>Delete “%1” (%2) with its stock and price history?

Edit &gt; Undo brings it back.</source>
      <translation>删除“%1”（%2）及其库存和价格记录？

可以用“编辑 &gt; 撤销”恢复。</translation>
    </message>
    <message>
      <source>Delete %1</source>
      <translation>删除 %1</translation>
    </message>
    <message>
      <source>VillageCast could not save</source>
      <translation>村播通未能保存</translation>
    </message>
  </context>
  <context>
    <name>CataloguePdf</name>
    <message>
      <source>Page %1 of %2</source>
      <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
      <source>Product catalogue</source>
      <translation>产品目录</translation>
    </message>
    <message numerus="yes">
      <source>%n product(s)</source>
      <translation>
        <numerusform>共 %n 款产品</numerusform>
      </translation>
    </message>
    <message>
      <source>As of %1</source>
      <translation>截至 %1</translation>
    </message>
    <message>
      <source>Scan to buy on %1</source>
      <translation>%1扫码购买</translation>
    </message>
    <message>
      <source>No photo yet</source>
      <translation>暂无照片</translation>
    </message>
  </context>
  <context>
    <name>CheckCli</name>
    <message>
      <source>{line}:{column}  “{text}”  {severity} · {category} · {rule}</source>
      <translation>{line}:{column}  “{text}”  {severity} · {category} · {rule}</translation>
    </message>
    <message>
      <source>Instead: {text}</source>
      <translation>可以改成：{text}</translation>
    </message>
    <message>
      <source>Instead: leave it out or say what you can prove.</source>
      <translation>可以改成：删掉，或只说能证明的内容。</translation>
    </message>
    <message>
      <source>Allowed only when: {text}</source>
      <translation>仅在以下情况可以说：{text}</translation>
    </message>
    <message>
      <source>{block} must change, {warn} to check ({characters} characters).</source>
      <translation>{block} 处必须修改，{warn} 处需要核实（共 {characters} 个字）。</translation>
    </message>
    <message>
      <source>No risky wording found ({characters} characters).</source>
      <translation>没有发现风险用语（共 {characters} 个字）。</translation>
    </message>
    <message>
      <source>Product-aware checks skipped: give --sku SKU to check certificates, stock, prices, nutrition claims and after-sales promises against a product.</source>
      <translation>未做产品相关检查：加上 --sku 货号，才会对照产品核查证书、库存、价格、营养声称和售后承诺。</translation>
    </message>
    <message>
      <source>Checked against “{sku}” {name}: {on_hand} in stock, reference price (原价) {reference}.</source>
      <translation>已对照“{sku}”{name}核查：库存 {on_hand} 件，原价（参考价）{reference}。</translation>
    </message>
    <message>
      <source>Rules not in force yet (shown, not enforced):</source>
      <translation>尚未生效的规则（仅提示，不强制）：</translation>
    </message>
    <message>
      <source>{line}:{column}  “{text}”  {rule} from {date}</source>
      <translation>{line}:{column}  “{text}”  {rule} 自 {date} 起</translation>
    </message>
    <message>
      <source>The rule pack in use was refused; nothing was checked:</source>
      <translation>当前使用的规则包被拒收，什么都没有检查：</translation>
    </message>
    <message>
      <source>not UTF-8 text</source>
      <translation>不是 UTF-8 文本</translation>
    </message>
  </context>
  <context>
    <name>ChecklistPanel</name>
    <message>
      <source>Reminders during the show</source>
      <translation>直播中的提醒</translation>
    </message>
    <message>
      <source>&amp;Done for the selected reminder</source>
      <translation>选中的提醒已完成(&amp;D)</translation>
    </message>
    <message>
      <source>due now</source>
      <translation>现在该说了</translation>
    </message>
    <message>
      <source>next at %1</source>
      <translation>下次 %1</translation>
    </message>
    <message>
      <source>%1 — every %2 min · %3 · done %4×</source>
      <translation>%1 — 每 %2 分钟 · %3 · 已完成 %4 次</translation>
    </message>
  </context>
  <context>
    <name>ChecklistRow</name>
    <message>
      <source>Required by law</source>
      <translation>法定要求</translation>
    </message>
    <message>
      <source>Good practice</source>
      <translation>良好做法</translation>
    </message>
    <message>
      <source>Upcoming from %1, not required yet</source>
      <translation>%1 起施行，暂不要求</translation>
    </message>
    <message>
      <source>Legal source: %1</source>
      <translation>法律依据：%1</translation>
    </message>
    <message>
      <source>ticked %1</source>
      <translation>%1 已勾选</translation>
    </message>
  </context>
  <context>
    <name>ChecklistTab</name>
    <message>
      <source>&amp;Session</source>
      <translation>场次(&amp;S)</translation>
    </message>
    <message>
      <source>Broadcast session</source>
      <translation>直播场次</translation>
    </message>
    <message>
      <source>&amp;New session…</source>
      <translation>新建场次(&amp;N)…</translation>
    </message>
    <message>
      <source>&amp;End the broadcast…</source>
      <translation>结束直播(&amp;E)…</translation>
    </message>
    <message>
      <source>Mark the session finished; its record is then read-only</source>
      <translation>将本场标记为已结束；之后记录只读</translation>
    </message>
    <message>
      <source>rehearsal</source>
      <translation>彩排</translation>
    </message>
    <message>
      <source>preparing</source>
      <translation>准备中</translation>
    </message>
    <message>
      <source>on air</source>
      <translation>直播中</translation>
    </message>
    <message>
      <source>finished</source>
      <translation>已结束</translation>
    </message>
    <message>
      <source>%1 — %2 of %3 ticked</source>
      <translation>%1 —— 已勾选 %2 / %3</translation>
    </message>
    <message>
      <source>No session yet. Create one (New session…) to tick the checklist for a show.</source>
      <translation>还没有场次。先新建一个场次（新建场次…），再为这场直播勾选清单。</translation>
    </message>
    <message>
      <source>Preparing. Tick what you have done, then press Go on air.</source>
      <translation>准备中。做完一项勾一项，然后点“开播”。</translation>
    </message>
    <message>
      <source>On air since %1.</source>
      <translation>%1 开播。</translation>
    </message>
    <message numerus="yes">
      <source>Went on air anyway; %n unresolved problem(s) recorded.</source>
      <translation>
        <numerusform>强行开播；已记录 %n 个未解决的问题。</numerusform>
      </translation>
    </message>
    <message>
      <source>Finished at %1. This record is read-only.</source>
      <translation>%1 结束。此记录只读。</translation>
    </message>
    <message>
      <source>Tick “%1”</source>
      <translation>勾选“%1”</translation>
    </message>
    <message>
      <source>Untick “%1”</source>
      <translation>取消勾选“%1”</translation>
    </message>
    <message>
      <source>End the broadcast</source>
      <translation>结束直播</translation>
    </message>
    <message>
      <source>Mark “%1” finished? Its checklist and gate record can no longer change; tick the “after” items first.</source>
      <translation>将“%1”标记为已结束？之后清单和开播检查记录都不能再改；请先勾选“播后”各项。</translation>
    </message>
  </context>
  <context>
    <name>Cli</name>
    <message>
      <source>Added “{sku}” {name}.</source>
      <translation>已添加商品“{sku}”：{name}。</translation>
    </message>
    <message>
      <source>Saved “{sku}”.</source>
      <translation>已保存“{sku}”。</translation>
    </message>
    <message>
      <source>Removed “{sku}” with its stock and price history.</source>
      <translation>已删除“{sku}”，连同它的库存和价格记录。</translation>
    </message>
    <message>
      <source>{kind}: {quantity} × “{sku}”. On hand now: {on_hand}.</source>
      <translation>{kind}：{quantity} × “{sku}”。现有库存：{on_hand}。</translation>
    </message>
    <message>
      <source>Low stock: “{sku}” has {on_hand} left (threshold {threshold}).</source>
      <translation>库存不足：“{sku}”只剩 {on_hand} 件（预警线 {threshold}）。</translation>
    </message>
    <message>
      <source>{kind} of “{sku}” is now {price} yuan.</source>
      <translation>“{sku}”的{kind}已改为 {price} 元。</translation>
    </message>
    <message>
      <source>Reference price (原价) of “{sku}” on {date}: {price} yuan, the lowest live price in the 7 days before.</source>
      <translation>“{sku}”在 {date} 的原价：{price} 元，即此前 7 天内的最低直播价。</translation>
    </message>
    <message>
      <source>Reference price (原价) of “{sku}” on {date}: none. There was no live price in the 7 days before, so the live script must not mention an original price.</source>
      <translation>“{sku}”在 {date} 的原价：无。前 7 天没有直播价记录，所以直播话术里不能提“原价”。</translation>
    </message>
    <message>
      <source>Warning: {text}</source>
      <translation>注意：{text}</translation>
    </message>
    <message>
      <source>Backup written: {path}</source>
      <translation>已备份到：{path}</translation>
    </message>
    <message>
      <source>Restored backup {number} from {created}. The catalogue it replaced was backed up first.</source>
      <translation>已恢复第 {number} 号备份（{created}）。被替换的商品目录已先做了备份。</translation>
    </message>
    <message>
      <source>Demo catalogue rebuilt: {path}</source>
      <translation>演示目录已重建：{path}</translation>
    </message>
    <message>
      <source>No products yet.</source>
      <translation>还没有商品。</translation>
    </message>
    <message>
      <source>No product matches “{query}”.</source>
      <translation>没有找到与“{query}”匹配的商品。</translation>
    </message>
    <message>
      <source>No stock movements for “{sku}”.</source>
      <translation>“{sku}”还没有出入库记录。</translation>
    </message>
    <message>
      <source>No price history for “{sku}”.</source>
      <translation>“{sku}”还没有价格记录。</translation>
    </message>
    <message>
      <source>No backups yet.</source>
      <translation>还没有备份。</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>品名</translation>
    </message>
    <message>
      <source>Stock</source>
      <translation>库存</translation>
    </message>
    <message>
      <source>Origin</source>
      <translation>产地</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>变动</translation>
    </message>
    <message>
      <source>Balance</source>
      <translation>结存</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>直播场次</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>创建时间</translation>
    </message>
    <message>
      <source>Size (KB)</source>
      <translation>大小（KB）</translation>
    </message>
    <message>
      <source>low</source>
      <translation>不足</translation>
    </message>
    <message>
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <source>Stock on hand</source>
      <translation>现有库存</translation>
    </message>
    <message>
      <source>Reference price (原价)</source>
      <translation>原价（参考价）</translation>
    </message>
    <message>
      <source>Certificates</source>
      <translation>证书</translation>
    </message>
    <message>
      <source>Documents</source>
      <translation>资料</translation>
    </message>
    <message>
      <source>Talking points</source>
      <translation>卖点</translation>
    </message>
    <message>
      <source>Nutrition per {basis}</source>
      <translation>营养成分（每{basis}）</translation>
    </message>
    <message>
      <source>valid {start} to {end}</source>
      <translation>有效期 {start} 至 {end}</translation>
    </message>
    <message>
      <source>no evidence</source>
      <translation>无依据</translation>
    </message>
    <message>
      <source>evidence not valid today: {refs}</source>
      <translation>依据今天已不在有效期内：{refs}</translation>
    </message>
    <message>
      <source>valid</source>
      <translation>有效</translation>
    </message>
    <message>
      <source>EXPIRED</source>
      <translation>已过期</translation>
    </message>
    <message>
      <source>not valid yet</source>
      <translation>尚未生效</translation>
    </message>
    <message>
      <source>expires in {days} days</source>
      <translation>{days} 天后到期</translation>
    </message>
    <message>
      <source>Photos</source>
      <translation>商品图片</translation>
    </message>
    <message>
      <source>Selection review</source>
      <translation>选品审核</translation>
    </message>
    <message>
      <source>Approved for broadcast</source>
      <translation>已批准上播</translation>
    </message>
    <message>
      <source>NOT approved for broadcast</source>
      <translation>未批准上播</translation>
    </message>
    <message>
      <source>Database: {path}</source>
      <translation>数据库：{path}</translation>
    </message>
    <message>
      <source>Qt platform plugin</source>
      <translation>Qt 平台插件</translation>
    </message>
    <message>
      <source>Font for Chinese</source>
      <translation>中文字体</translation>
    </message>
    <message>
      <source>Font for cards and the PDF catalogue</source>
      <translation>商品卡片和 PDF 目录用的字体</translation>
    </message>
    <message>
      <source>Data folder writable</source>
      <translation>数据文件夹可写入</translation>
    </message>
    <message>
      <source>Database integrity</source>
      <translation>数据库完整性</translation>
    </message>
    <message>
      <source>Schema version</source>
      <translation>数据库结构版本</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>备份</translation>
    </message>
    <message>
      <source>Qt could not start: {reason}</source>
      <translation>Qt 无法启动：{reason}</translation>
    </message>
    <message>
      <source>not checked: Qt could not start</source>
      <translation>未检查：Qt 无法启动</translation>
    </message>
    <message>
      <source>no font covers Simplified Chinese; install one such as Noto Sans CJK SC or WenQuanYi Micro Hei</source>
      <translation>没有能显示简体中文的字体，请安装一种，例如 Noto Sans CJK SC 或 WenQuanYi Micro Hei（文泉驿微米黑）</translation>
    </message>
    <message>
      <source>no database yet; it is created on first use</source>
      <translation>还没有数据库，第一次使用时会自动创建</translation>
    </message>
    <message>
      <source>{found} (this version: {known})</source>
      <translation>{found}（本版本：{known}）</translation>
    </message>
    <message>
      <source>{found} (this version: {known}); upgraded when next opened</source>
      <translation>{found}（本版本：{known}），下次打开时自动升级</translation>
    </message>
    <message>
      <source>{count}, newest {when}</source>
      <translation>共 {count} 个，最新一个：{when}</translation>
    </message>
    <message>
      <source>All checks passed.</source>
      <translation>全部检查通过。</translation>
    </message>
    <message>
      <source>Some checks failed.</source>
      <translation>有检查项没有通过。</translation>
    </message>
  </context>
  <context>
    <name>Compliance</name>
    <message>
      <source>Absolute claim</source>
      <translation>绝对化用语</translation>
    </message>
    <message>
      <source>Medical claim</source>
      <translation>医疗用语</translation>
    </message>
    <message>
      <source>Health-function claim</source>
      <translation>保健功能声称</translation>
    </message>
    <message>
      <source>Nutrition claim</source>
      <translation>营养声称</translation>
    </message>
    <message>
      <source>“Natural” or “no additives” claim</source>
      <translation>“纯天然”或“零添加”声称</translation>
    </message>
    <message>
      <source>Certification or origin claim</source>
      <translation>认证或产地声称</translation>
    </message>
    <message>
      <source>Official endorsement</source>
      <translation>借用官方或权威</translation>
    </message>
    <message>
      <source>Guarantee</source>
      <translation>保证性用语</translation>
    </message>
    <message>
      <source>Price claim</source>
      <translation>价格用语</translation>
    </message>
    <message>
      <source>Scarcity or urgency</source>
      <translation>稀缺或催促用语</translation>
    </message>
    <message>
      <source>Sales or review figures</source>
      <translation>销量或评价数据</translation>
    </message>
    <message>
      <source>Running down others</source>
      <translation>贬低他人</translation>
    </message>
    <message>
      <source>Children</source>
      <translation>涉及未成年人</translation>
    </message>
    <message>
      <source>Trade off the platform</source>
      <translation>引导站外交易</translation>
    </message>
    <message>
      <source>Superstition</source>
      <translation>封建迷信</translation>
    </message>
    <message>
      <source>After-sales promise</source>
      <translation>售后承诺</translation>
    </message>
    <message>
      <source>Script placeholder</source>
      <translation>话术占位符</translation>
    </message>
    <message>
      <source>Must change</source>
      <translation>必须修改</translation>
    </message>
    <message>
      <source>Check</source>
      <translation>需要核实</translation>
    </message>
    <message>
      <source>Before the broadcast</source>
      <translation>开播前</translation>
    </message>
    <message>
      <source>During the broadcast</source>
      <translation>直播中</translation>
    </message>
    <message>
      <source>After the broadcast</source>
      <translation>下播后</translation>
    </message>
    <message>
      <source>Always</source>
      <translation>始终</translation>
    </message>
    <message>
      <source>“{term}” is an absolute or superlative claim. Say it only as a provable comparison with your own products, a time- or place-limited fact, or a grade your product standard defines.</source>
      <translation>“{term}”是绝对化用语。只能作为可证明的与自家产品的比较、限定时间或地点的事实，或产品标准规定的等级来说。</translation>
    </message>
    <message>
      <source>“{term}” is a disease or treatment claim; ordinary food may not claim to prevent, treat or cure anything.</source>
      <translation>“{term}”是疾病预防或治疗用语；普通食品不得宣称预防、治疗或治愈任何疾病。</translation>
    </message>
    <message>
      <source>“{term}” claims a health function; only a registered health food may do that.</source>
      <translation>“{term}”宣称保健功能；只有注册或备案的保健食品才可以。</translation>
    </message>
    <message>
      <source>“{term}” is a nutrition claim; it may be said only if the product meets the GB 28050 threshold. Check it with the product's nutrition values.</source>
      <translation>“{term}”是营养声称；只有产品达到 GB 28050 的条件才能说。请对照产品的营养成分数值核查。</translation>
    </message>
    <message>
      <source>“{term}” is an all-natural or no-additive claim; describe the real ingredients and how it is grown instead.</source>
      <translation>“{term}”是“纯天然”或“零添加”类声称；请改为介绍真实的配料和种植方式。</translation>
    </message>
    <message>
      <source>“{term}” may be said only with a valid certificate of that kind for this product.</source>
      <translation>只有这个产品持有该类有效证书时，才能说“{term}”。</translation>
    </message>
    <message>
      <source>“{term}” borrows official or expert authority; leave it out unless it is true and you can show the proof.</source>
      <translation>“{term}”借用官方或专家的权威；除非属实且能出示证明，否则不要说。</translation>
    </message>
    <message>
      <source>“{term}” promises more than can be proved; state only what you can show and will honour.</source>
      <translation>“{term}”的承诺超出了能证明的范围；只说能拿出证据、也一定会兑现的内容。</translation>
    </message>
    <message>
      <source>“{term}” is a price comparison; the compared price must be real and shown (原价 = the lowest price of the 7 days before).</source>
      <translation>“{term}”是价格比较；被比较的价格必须真实并标明（原价 = 此前 7 天内的最低价）。</translation>
    </message>
    <message>
      <source>“{term}” creates urgency; it must match the real stock and a real deadline.</source>
      <translation>“{term}”在制造紧迫感；必须与真实库存和真实截止时间一致。</translation>
    </message>
    <message>
      <source>“{term}” quotes sales or review figures; quote only the platform's real figures.</source>
      <translation>“{term}”引用了销量或评价数据；只能引用平台上的真实数据。</translation>
    </message>
    <message>
      <source>“{term}” runs down other sellers; talk about your own product.</source>
      <translation>“{term}”贬低了其他商家；请只讲自家的产品。</translation>
    </message>
    <message>
      <source>“{term}” targets children in a way advertising law forbids.</source>
      <translation>“{term}”以广告法禁止的方式针对未成年人。</translation>
    </message>
    <message>
      <source>“{term}” moves the sale off the platform; keep orders and payment on the platform.</source>
      <translation>“{term}”引导站外交易；下单和付款都要留在平台上。</translation>
    </message>
    <message>
      <source>“{term}” is superstition; advertising may not use it.</source>
      <translation>“{term}”属于封建迷信内容，广告中不得使用。</translation>
    </message>
    <message>
      <source>“{term}” is an after-sales promise; it must match the product's after-sales policy.</source>
      <translation>“{term}”是售后承诺；必须与产品的售后政策一致。</translation>
    </message>
    <message>
      <source>“{term}” is a disease or treatment claim, always forbidden for food.</source>
      <translation>“{term}”是疾病或治疗用语，食品一律不得使用。</translation>
    </message>
    <message>
      <source>“{term}” needs a valid certificate (“{kind}”); this product has none.</source>
      <translation>说“{term}”需要有效证书（“{kind}”）；这个产品没有。</translation>
    </message>
    <message>
      <source>“{term}” needs a valid certificate (“{kind}”); {number} expired on {valid_to}.</source>
      <translation>说“{term}”需要有效证书（“{kind}”）；{number} 已于 {valid_to} 过期。</translation>
    </message>
    <message>
      <source>“{term}” needs a valid certificate (“{kind}”); {number} is valid only from {valid_from}.</source>
      <translation>说“{term}”需要有效证书（“{kind}”）；{number} 要到 {valid_from} 才生效。</translation>
    </message>
    <message>
      <source>The script says only {claimed} are left, but {on_hand} are in stock.</source>
      <translation>话术说只剩 {claimed} 件，但库存有 {on_hand} 件。</translation>
    </message>
    <message>
      <source>“{term}” says stock is running out, but {on_hand} are in stock (low stock starts at {threshold}).</source>
      <translation>“{term}”说库存快没了，但库存有 {on_hand} 件（低于 {threshold} 件才算库存紧张）。</translation>
    </message>
    <message>
      <source>The script offers {claimed}, but only {on_hand} are in stock.</source>
      <translation>话术说有 {claimed} 件，但库存只有 {on_hand} 件。</translation>
    </message>
    <message>
      <source>The original price said, {claimed} yuan, is above the lowest price of the last 7 days, {reference} yuan.</source>
      <translation>话术里的原价 {claimed} 元，高于此前 7 天内的最低价 {reference} 元。</translation>
    </message>
    <message>
      <source>There was no price in the last 7 days, so no original price (原价) may be mentioned.</source>
      <translation>此前 7 天内没有价格，不能提原价。</translation>
    </message>
    <message>
      <source>Say the original price as the lowest price of the last 7 days: {reference} yuan.</source>
      <translation>原价应说成此前 7 天内的最低价：{reference} 元。</translation>
    </message>
    <message>
      <source>“{term}” needs {nutrient} {limit} {threshold} {unit} per {basis}; this product has {amount} {unit}.</source>
      <translation>说“{term}”需要每 {basis} {nutrient}{limit} {threshold} {unit}；这个产品是 {amount} {unit}。</translation>
    </message>
    <message>
      <source>“{term}” cannot be checked: the product has no value for {nutrient}. Enter the tested value first.</source>
      <translation>“{term}”无法核查：产品没有{nutrient}的数值。请先填写检测值。</translation>
    </message>
    <message>
      <source>“{term}” is never true for {category}: it is mostly sugar.</source>
      <translation>{category}不可能“{term}”：它的主要成分就是糖。</translation>
    </message>
    <message>
      <source>The script promises returns without reason, but this product's after-sales policy does not offer them (fresh goods are exempt by law).</source>
      <translation>话术承诺无理由退货，但这个产品的售后政策不提供（生鲜商品依法可不适用）。</translation>
    </message>
    <message>
      <source>The script refuses returns without reason, but this product's after-sales policy offers them.</source>
      <translation>话术说不支持无理由退货，但这个产品的售后政策是支持的。</translation>
    </message>
    <message>
      <source>{{{name}}} is not a placeholder VillageCast can fill. Known: {known}.</source>
      <translation>{{{name}}} 不是 VillageCast 能填写的占位符。可用的有：{known}。</translation>
    </message>
    <message>
      <source>{{{name}}} cannot be filled: the product has no value for it.</source>
      <translation>{{{name}}} 无法填写：产品没有这项数据。</translation>
    </message>
    <message>
      <source>at most</source>
      <translation>不超过</translation>
    </message>
    <message>
      <source>at least</source>
      <translation>不低于</translation>
    </message>
    <message>
      <source>The file is not valid JSON (line {line}, column {column}): {reason}.</source>
      <translation>文件不是有效的 JSON（第 {line} 行第 {column} 列）：{reason}。</translation>
    </message>
    <message>
      <source>{field}: an object {{...}} is expected.</source>
      <translation>{field}：这里应是一个对象 {{...}}。</translation>
    </message>
    <message>
      <source>{field}: unknown entry “{value}”.</source>
      <translation>{field}：未知条目“{value}”。</translation>
    </message>
    <message>
      <source>{field}: this is not a VillageCast rule pack (“{value}”).</source>
      <translation>{field}：这不是 VillageCast 规则包（“{value}”）。</translation>
    </message>
    <message>
      <source>{field}: rule pack version {value} is not supported (this VillageCast reads {supported}).</source>
      <translation>{field}：不支持规则包版本 {value}（本版本 VillageCast 读取 {supported}）。</translation>
    </message>
    <message>
      <source>{field}: “{value}” is not a valid id (lower-case letters, digits, . _ -).</source>
      <translation>{field}：“{value}”不是有效的编号（小写字母、数字、. _ -）。</translation>
    </message>
    <message>
      <source>{field}: required.</source>
      <translation>{field}：必填。</translation>
    </message>
    <message>
      <source>{field}: “{value}” is not text.</source>
      <translation>{field}：“{value}”不是文本。</translation>
    </message>
    <message>
      <source>{field}: a list [...] is expected.</source>
      <translation>{field}：这里应是一个列表 [...]。</translation>
    </message>
    <message>
      <source>{field}: “{value}” is not one of: {choices}.</source>
      <translation>{field}：“{value}”不在可选项中：{choices}。</translation>
    </message>
    <message>
      <source>{field}: “{value}” is not a date (YYYY-MM-DD).</source>
      <translation>{field}：“{value}”不是日期（年-月-日）。</translation>
    </message>
    <message>
      <source>{field}: “{value}” appears twice.</source>
      <translation>{field}：“{value}”出现了两次。</translation>
    </message>
    <message>
      <source>{field}: the list is empty.</source>
      <translation>{field}：列表是空的。</translation>
    </message>
    <message>
      <source>{field}: “{value}” is not a rule id like AD-01.</source>
      <translation>{field}：“{value}”不是 AD-01 这样的规则编号。</translation>
    </message>
    <message>
      <source>{field}: “always” cannot be combined with other phases.</source>
      <translation>{field}：“始终”不能与其他阶段同时使用。</translation>
    </message>
    <message>
      <source>{field}: “{value}” has no letters or digits to match.</source>
      <translation>{field}：“{value}”里没有可匹配的文字或数字。</translation>
    </message>
    <message>
      <source>{field}: no checklist item “{value}”.</source>
      <translation>{field}：没有检查项“{value}”。</translation>
    </message>
    <message>
      <source>{field}: the allowed phrase “{value}” does not contain the term.</source>
      <translation>{field}：允许的短语“{value}”里不含这个词。</translation>
    </message>
    <message>
      <source>{field}: a certificate is given, but the check is not “certificate”.</source>
      <translation>{field}：填了证书，但检查方式不是“certificate”（证书）。</translation>
    </message>
    <message>
      <source>{field}: “{value}” is not a GB 28050 claim VillageCast knows.</source>
      <translation>{field}：“{value}”不是 VillageCast 认识的 GB 28050 声称。</translation>
    </message>
    <message>
      <source>Checklist item</source>
      <translation>检查项</translation>
    </message>
    <message>
      <source>Term</source>
      <translation>词条</translation>
    </message>
    <message>
      <source>Id</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>Phases</source>
      <translation>阶段</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>严重程度</translation>
    </message>
    <message>
      <source>In force from</source>
      <translation>生效日期</translation>
    </message>
    <message>
      <source>Verified</source>
      <translation>核实程度</translation>
    </message>
    <message>
      <source>Chinese text</source>
      <translation>中文内容</translation>
    </message>
    <message>
      <source>English text</source>
      <translation>英文内容</translation>
    </message>
    <message>
      <source>Legal source</source>
      <translation>法律依据</translation>
    </message>
    <message>
      <source>Wording</source>
      <translation>用语</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Rules</source>
      <translation>规则</translation>
    </message>
    <message>
      <source>Chinese alternative</source>
      <translation>中文替代说法</translation>
    </message>
    <message>
      <source>English alternative</source>
      <translation>英文替代说法</translation>
    </message>
    <message>
      <source>Context</source>
      <translation>上下文规则</translation>
    </message>
    <message>
      <source>Product check</source>
      <translation>产品核查</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>证书</translation>
    </message>
    <message>
      <source>Negations</source>
      <translation>否定词</translation>
    </message>
  </context>
  <context>
    <name>ComplianceWindow</name>
    <message>
      <source>Scripts and checklist — VillageCast</source>
      <translation>话术与合规清单 — 村播助手</translation>
    </message>
    <message>
      <source>&amp;Scripts</source>
      <translation>话术(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Checklist</source>
      <translation>合规清单(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>编辑(&amp;E)</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>查看(&amp;V)</translation>
    </message>
    <message>
      <source>&amp;Go on air…</source>
      <translation>开播(&amp;G)…</translation>
    </message>
    <message>
      <source>Go on air…</source>
      <translation>开播…</translation>
    </message>
    <message>
      <source>Check the session's gate, then go on air (Ctrl+Shift+Enter)</source>
      <translation>开播前检查本场，然后开播（Ctrl+Shift+Enter）</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>关闭(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;New script</source>
      <translation>新建话术(&amp;N)</translation>
    </message>
    <message>
      <source>&amp;Save script</source>
      <translation>保存话术(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Delete script</source>
      <translation>删除话术(&amp;D)</translation>
    </message>
    <message>
      <source>&amp;Undo %1</source>
      <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>撤销(&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Redo %1</source>
      <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>重做(&amp;R)</translation>
    </message>
    <message>
      <source>Rule pack: built-in (your imported pack was refused)</source>
      <translation>规则包：内置（你导入的规则包未通过校验）</translation>
    </message>
    <message>
      <source>Rule pack: %1 (imported)</source>
      <translation>规则包：%1（已导入）</translation>
    </message>
    <message>
      <source>Rule pack: %1</source>
      <translation>规则包：%1</translation>
    </message>
    <message>
      <source>Updated %1</source>
      <translation>更新于 %1</translation>
    </message>
    <message>
      <source>“%1” has already been on air. Create a new session for the next show.</source>
      <translation>“%1”已经开播过了。下一场请新建场次。</translation>
    </message>
    <message>
      <source>Instead: %1</source>
      <translation>改说：%1</translation>
    </message>
    <message>
      <source>Instead: leave it out or say only what you can prove.</source>
      <translation>改说：删掉，或只说能证明的事实。</translation>
    </message>
    <message>
      <source>Allowed only when: %1</source>
      <translation>仅在以下情况可说：%1</translation>
    </message>
    <message>
      <source>Right-click or press Ctrl+. to replace it.</source>
      <translation>右键或按 Ctrl+. 一键替换。</translation>
    </message>
  </context>
  <context>
    <name>CorrectionsPanel</name>
    <message>
      <source>What was sai&amp;d</source>
      <translation>说了什么(&amp;D)</translation>
    </message>
    <message>
      <source>What is &amp;true</source>
      <translation>实际情况(&amp;T)</translation>
    </message>
    <message>
      <source>What was said on air</source>
      <translation>直播中说了什么</translation>
    </message>
    <message>
      <source>What is true</source>
      <translation>实际情况</translation>
    </message>
    <message>
      <source>e.g. 200 boxes left</source>
      <translation>例如：还剩 200 箱</translation>
    </message>
    <message>
      <source>e.g. only 20 boxes left</source>
      <translation>例如：只剩 20 箱</translation>
    </message>
    <message>
      <source>&amp;Log the correction</source>
      <translation>记录更正(&amp;L)</translation>
    </message>
    <message>
      <source>Record it with the time (Enter in “What is true”); say it on air</source>
      <translation>连同时间一起记下（在“实际情况”里按 Enter）；并在直播中说出来</translation>
    </message>
    <message>
      <source>Corrections made on air</source>
      <translation>直播中做过的更正</translation>
    </message>
    <message>
      <source>%1 · %2 — said: %3 → true: %4</source>
      <translation>%1 · %2 — 说了：%3 → 实际：%4</translation>
    </message>
  </context>
  <context>
    <name>EvidenceForm</name>
    <message>
      <source>Type a date as YYYY-MM-DD, or leave it empty</source>
      <translation>按 YYYY-MM-DD 填写日期，或留空</translation>
    </message>
    <message>
      <source>Pick from a calendar</source>
      <translation>从日历中选择</translation>
    </message>
    <message>
      <source>As printed on the certificate; talking points cite it by this number, and follow when you correct it</source>
      <translation>按证书上印的填写；卖点按这个编号引用它，改正编号后引用会自动跟着改</translation>
    </message>
    <message>
      <source>empty: no end date</source>
      <translation>留空：无截止日期</translation>
    </message>
    <message>
      <source>A short name, e.g. “Pesticide residue test, March 2026”</source>
      <translation>简短的名称，例如“2026年3月农残检测”</translation>
    </message>
    <message>
      <source>(unnamed file)</source>
      <translation>（未命名文件）</translation>
    </message>
    <message>
      <source>No file attached</source>
      <translation>未附文件</translation>
    </message>
    <message>
      <source>Attach a file</source>
      <translation>附加文件</translation>
    </message>
    <message>
      <source>PDF, JPEG or PNG (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
      <translation>PDF、JPEG 或 PNG (*.pdf *.jpg *.jpeg *.png);;所有文件 (*)</translation>
    </message>
    <message>
      <source>Not attached</source>
      <translation>未附加</translation>
    </message>
    <message>
      <source>Cannot open</source>
      <translation>无法打开</translation>
    </message>
    <message>
      <source>The attached file “%1” is missing from the attachments folder.</source>
      <translation>附件文件夹里找不到附加的文件“%1”。</translation>
    </message>
    <message>
      <source>Attach file…</source>
      <translation>附加文件…</translation>
    </message>
    <message>
      <source>Copy a PDF, JPEG or PNG file into the catalogue (or drop it here)</source>
      <translation>把 PDF、JPEG 或 PNG 文件复制进目录（也可以拖到这里）</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>打开</translation>
    </message>
    <message>
      <source>Open the attached file in its usual program</source>
      <translation>用常用程序打开附加的文件</translation>
    </message>
    <message>
      <source>Remove file</source>
      <translation>移除文件</translation>
    </message>
    <message>
      <source>Detach the file (Undo brings it back)</source>
      <translation>移除附加的文件（撤销可恢复）</translation>
    </message>
  </context>
  <context>
    <name>EvidencePanel</name>
    <message>
      <source>issuer not recorded</source>
      <translation>未记录发证机构</translation>
    </message>
    <message>
      <source>No file attached</source>
      <translation>未附文件</translation>
    </message>
    <message>
      <source>File: %1</source>
      <translation>文件：%1</translation>
    </message>
    <message>
      <source>New certificate</source>
      <translation>新证书</translation>
    </message>
    <message>
      <source>New document</source>
      <translation>新资料</translation>
    </message>
    <message>
      <source>Add a certificate or document to describe it here</source>
      <translation>添加证书或资料后，在这里填写它的信息</translation>
    </message>
    <message>
      <source>Selected certificate</source>
      <translation>所选证书</translation>
    </message>
    <message>
      <source>Selected document</source>
      <translation>所选资料</translation>
    </message>
    <message>
      <source>Certificates and inspection reports</source>
      <translation>证书和检测报告</translation>
    </message>
    <message>
      <source>Other documents (test sheets, contracts, letters)</source>
      <translation>其他资料（检测单、合同、证明信等）</translation>
    </message>
    <message>
      <source>No certificates yet.</source>
      <translation>还没有证书。</translation>
    </message>
    <message>
      <source>No documents yet.</source>
      <translation>还没有资料。</translation>
    </message>
    <message>
      <source>Add certificate</source>
      <translation>添加证书</translation>
    </message>
    <message>
      <source>Add document</source>
      <translation>添加资料</translation>
    </message>
    <message>
      <source>Remove certificate</source>
      <translation>删除证书</translation>
    </message>
    <message>
      <source>Remove document</source>
      <translation>删除资料</translation>
    </message>
    <message>
      <source>Remove the selected one (Delete key in the list); Undo brings it back</source>
      <translation>删除所选项（在列表中按 Delete 键）；撤销可恢复</translation>
    </message>
    <message>
      <source>Certificates</source>
      <translation>证书</translation>
    </message>
    <message>
      <source>Documents</source>
      <translation>资料</translation>
    </message>
    <message>
      <source>Tip: drop a PDF, JPEG or PNG file on this page to attach it to the selected certificate or document.</source>
      <translation>提示：把 PDF、JPEG 或 PNG 文件拖到本页，就会附加到所选的证书或资料上。</translation>
    </message>
    <message>
      <source>Certificate kind</source>
      <translation>证书类型</translation>
    </message>
    <message>
      <source>Certificate number</source>
      <translation>证书编号</translation>
    </message>
    <message>
      <source>Certificate issuer</source>
      <translation>发证机构</translation>
    </message>
    <message>
      <source>Certificate validity</source>
      <translation>证书有效期</translation>
    </message>
    <message>
      <source>Document title</source>
      <translation>资料标题</translation>
    </message>
    <message>
      <source>Remove certificate “%1”?</source>
      <translation>删除证书“%1”？</translation>
    </message>
    <message>
      <source>Remove document “%1”?</source>
      <translation>删除资料“%1”？</translation>
    </message>
    <message>
      <source>Remove evidence</source>
      <translation>删除依据</translation>
    </message>
    <message>
      <source>Select a certificate or document first (a new one needs its number or title before a file can be attached).</source>
      <translation>请先选择一个证书或资料（新建的要先填好编号或标题，才能附加文件）。</translation>
    </message>
    <message>
      <source>Attached file</source>
      <translation>附加文件</translation>
    </message>
    <message>
      <source>Remove attached file</source>
      <translation>移除附加文件</translation>
    </message>
  </context>
  <context>
    <name>EvidenceParts</name>
    <message>
      <source>Expired</source>
      <translation>已过期</translation>
    </message>
    <message>
      <source>Not valid until %1</source>
      <translation>%1 起才生效</translation>
    </message>
    <message>
      <source>Expires today</source>
      <translation>今天到期</translation>
    </message>
    <message numerus="yes">
      <source>Expires in %n day(s)</source>
      <translation>
        <numerusform>%n 天后到期</numerusform>
      </translation>
    </message>
    <message>
      <source>Valid</source>
      <translation>有效</translation>
    </message>
    <message>
      <source>no end date</source>
      <translation>无截止日期</translation>
    </message>
    <message numerus="yes">
      <source>%n talking point(s)</source>
      <translation>
        <numerusform>%n 条卖点</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n review line(s)</source>
      <translation>
        <numerusform>%n 条审核记录</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 and %2</source>
      <translation>%1和%2</translation>
    </message>
    <message>
      <source>Cited by %1. They will lose this evidence.</source>
      <translation>有%1引用了它，删除后它们将失去这条依据。</translation>
    </message>
    <message>
      <source>Unsupported: no evidence</source>
      <translation>无依据：没有附证据</translation>
    </message>
    <message>
      <source>Evidence not valid today: %1</source>
      <translation>依据今天无效：%1</translation>
    </message>
    <message>
      <source>Evidence: %1</source>
      <translation>依据：%1</translation>
    </message>
    <message>
      <source>Document: %1</source>
      <translation>资料：%1</translation>
    </message>
  </context>
  <context>
    <name>Exchange</name>
    <message>
      <source>The file is damaged or incomplete (perhaps cut off while copying): {reason}. Nothing was imported.</source>
      <translation>文件已损坏或不完整（可能复制时中断了）：{reason}。什么都没有导入。</translation>
    </message>
    <message>
      <source>Cannot read “{path}”: {reason}.</source>
      <translation>无法读取“{path}”：{reason}。</translation>
    </message>
    <message>
      <source>The file holds {count} entries, more than the {limit} allowed. Nothing was imported.</source>
      <translation>文件里有 {count} 个条目，超过允许的 {limit} 个。什么都没有导入。</translation>
    </message>
    <message>
      <source>The file contains “{entry}”, a name that points outside its folder ({reason}). It was refused and nothing was imported.</source>
      <translation>文件里有“{entry}”，这个名字指向文件夹之外（{reason}）。已拒收，什么都没有导入。</translation>
    </message>
    <message>
      <source>The file contains a link or special file (“{entry}”). It was refused and nothing was imported.</source>
      <translation>文件里有链接或特殊文件（“{entry}”）。已拒收，什么都没有导入。</translation>
    </message>
    <message>
      <source>The file contains “{entry}” twice. It was refused and nothing was imported.</source>
      <translation>文件里“{entry}”出现了两次。已拒收，什么都没有导入。</translation>
    </message>
    <message>
      <source>“{entry}” in the file is encrypted. Nothing was imported.</source>
      <translation>文件里的“{entry}”被加密了。什么都没有导入。</translation>
    </message>
    <message>
      <source>“{entry}” in the file is packed in an unsupported way ({method}). Nothing was imported.</source>
      <translation>文件里的“{entry}”采用了不支持的压缩方式（{method}）。什么都没有导入。</translation>
    </message>
    <message>
      <source>“{entry}” would unpack to {size} bytes, more than the {limit} allowed. Nothing was imported.</source>
      <translation>“{entry}”解压后有 {size} 字节，超过允许的 {limit}。什么都没有导入。</translation>
    </message>
    <message>
      <source>The file would unpack to more than {limit} bytes. Nothing was imported.</source>
      <translation>文件解压后会超过 {limit} 字节。什么都没有导入。</translation>
    </message>
    <message>
      <source>“{entry}” unpacks to far more than it takes in the file (a “zip bomb”). It was refused and nothing was imported.</source>
      <translation>“{entry}”解压后比压缩时大得多（“压缩炸弹”）。已拒收，什么都没有导入。</translation>
    </message>
    <message>
      <source>This is not a VillageCast catalogue bundle ({reason}). Nothing was imported.</source>
      <translation>这不是 VillageCast 目录包（{reason}）。什么都没有导入。</translation>
    </message>
    <message>
      <source>This bundle was made by a newer VillageCast ({app_version}, bundle format {found}; this version reads format {known}). Please update VillageCast to import it. Nothing was imported.</source>
      <translation>这个目录包由更新版本的 VillageCast 制作（{app_version}，格式 {found}；本版本只能读格式 {known}）。请升级 VillageCast 后再导入。什么都没有导入。</translation>
    </message>
    <message>
      <source>“{entry}” in the bundle is not valid JSON (line {line}, column {column}: {reason}). Nothing was imported.</source>
      <translation>目录包里的“{entry}”不是有效的 JSON（第 {line} 行第 {column} 列：{reason}）。什么都没有导入。</translation>
    </message>
    <message>
      <source>The bundle is malformed at {where}: expected {expected}, found {value}. Nothing was imported.</source>
      <translation>目录包在 {where} 处格式不对：应为 {expected}，实际是 {value}。什么都没有导入。</translation>
    </message>
    <message>
      <source>“{entry}” in the bundle does not match its checksum: the file was changed or damaged. Nothing was imported.</source>
      <translation>目录包里的“{entry}”与校验值不符：文件被改动或已损坏。什么都没有导入。</translation>
    </message>
    <message>
      <source>“{entry}” in the bundle has {size} bytes, the manifest says {declared}. Nothing was imported.</source>
      <translation>目录包里的“{entry}”有 {size} 字节，清单上写的是 {declared}。什么都没有导入。</translation>
    </message>
    <message>
      <source>The bundle contains “{entry}”, which its manifest does not list. Nothing was imported.</source>
      <translation>目录包里有清单上没有列出的“{entry}”。什么都没有导入。</translation>
    </message>
    <message>
      <source>The bundle lacks “{entry}”, which its manifest lists. Nothing was imported.</source>
      <translation>目录包里缺少清单上列出的“{entry}”。什么都没有导入。</translation>
    </message>
    <message>
      <source>“{sku}” refers to the file “{file}”, which the bundle lacks. Nothing was imported.</source>
      <translation>“{sku}”用到的文件“{file}”不在目录包里。什么都没有导入。</translation>
    </message>
    <message>
      <source>“{entry}” in the bundle is not the {kind} file its name says. Nothing was imported.</source>
      <translation>目录包里的“{entry}”不是其名称所示的 {kind} 文件。什么都没有导入。</translation>
    </message>
    <message>
      <source>The picture “{entry}” in the bundle cannot be opened safely: {detail} Nothing was imported.</source>
      <translation>目录包里的图片“{entry}”无法安全打开：{detail}什么都没有导入。</translation>
    </message>
    <message>
      <source>The bundle holds {count} products, more than the {limit} allowed. Nothing was imported.</source>
      <translation>目录包里有 {count} 款产品，超过允许的 {limit} 款。什么都没有导入。</translation>
    </message>
    <message>
      <source>{count} product(s) in the bundle are not valid. Nothing was imported:</source>
      <translation>目录包里有 {count} 款产品不合格。什么都没有导入：</translation>
    </message>
    <message>
      <source>The file “{file}” of “{sku}” is missing from the attachments folder. Nothing was exported.</source>
      <translation>附件文件夹里缺少“{sku}”的文件“{file}”。什么都没有导出。</translation>
    </message>
    <message>
      <source>The file “{file}” of “{sku}” in the attachments folder is damaged (its content no longer matches its name). Nothing was exported.</source>
      <translation>附件文件夹里“{sku}”的文件“{file}”已损坏（内容与文件名不再相符）。什么都没有导出。</translation>
    </message>
    <message>
      <source>The spreadsheet is not UTF-8 or GBK/GB18030 text. Save it again as CSV (UTF-8) or XLSX. Nothing was imported.</source>
      <translation>这个表格既不是 UTF-8 也不是 GBK/GB18030 文本。请重新另存为 CSV（UTF-8）或 XLSX。什么都没有导入。</translation>
    </message>
    <message>
      <source>The file has {size} bytes, more than the {limit} allowed. Nothing was imported.</source>
      <translation>文件有 {size} 字节，超过允许的 {limit}。什么都没有导入。</translation>
    </message>
    <message>
      <source>The spreadsheet has more than {limit} rows. Nothing was imported.</source>
      <translation>表格超过 {limit} 行。什么都没有导入。</translation>
    </message>
    <message>
      <source>The CSV file cannot be read at row {line}: {reason}. Nothing was imported.</source>
      <translation>CSV 文件第 {line} 行无法读取：{reason}。什么都没有导入。</translation>
    </message>
    <message>
      <source>The XLSX file cannot be read ({reason}). Nothing was imported.</source>
      <translation>XLSX 文件无法读取（{reason}）。什么都没有导入。</translation>
    </message>
    <message>
      <source>No SKU column (货号 or SKU) in the first rows of the spreadsheet. Nothing was imported.</source>
      <translation>表格前几行里找不到货号列（货号或 SKU）。什么都没有导入。</translation>
    </message>
    <message>
      <source>The spreadsheet has no product rows. Nothing was imported.</source>
      <translation>表格里没有产品行。什么都没有导入。</translation>
    </message>
    <message>
      <source>{count} row(s) of the spreadsheet are wrong. Nothing was imported:</source>
      <translation>表格有 {count} 行有错。什么都没有导入：</translation>
    </message>
    <message>
      <source>The file is empty. Nothing was imported.</source>
      <translation>文件是空的。什么都没有导入。</translation>
    </message>
    <message>
      <source>This is neither a VillageCast bundle nor a CSV or XLSX spreadsheet. Nothing was imported.</source>
      <translation>这既不是 VillageCast 目录包，也不是 CSV 或 XLSX 表格。什么都没有导入。</translation>
    </message>
    <message>
      <source>“{value}” is not one of: {choices}.</source>
      <translation>“{value}”不在可选项中：{choices}。</translation>
    </message>
    <message>
      <source>“{path}” is the catalogue itself or its attachments folder; choose another file.</source>
      <translation>“{path}”是目录数据库本身或它的附件文件夹；请换一个文件。</translation>
    </message>
    <message>
      <source>There is no link to put in a QR code.</source>
      <translation>没有可以做成二维码的链接。</translation>
    </message>
    <message>
      <source>The link is too long for a QR code ({length} characters).</source>
      <translation>链接太长，做不成二维码（{length} 个字符）。</translation>
    </message>
    <message>
      <source>No font that draws Chinese was found, so cards and the catalogue cannot be made. Install one such as WenQuanYi Micro Hei (fonts-wqy-microhei) or Noto Sans CJK SC, or set VILLAGECAST_CJK_FONT to a .ttf/.otf/.ttc file.</source>
      <translation>找不到能显示中文的字体，所以做不了商品卡片和目录。请安装文泉驿微米黑（fonts-wqy-microhei）或思源黑体（Noto Sans CJK SC），或把 VILLAGECAST_CJK_FONT 设为一个 .ttf/.otf/.ttc 字体文件。</translation>
    </message>
    <message>
      <source>it claims {width} × {height} pixels, too large to decode safely.</source>
      <translation>它声称有 {width} × {height} 像素，太大，无法安全解码。</translation>
    </message>
    <message>
      <source>it is a {format} picture, not JPEG or PNG.</source>
      <translation>它是 {format} 图片，不是 JPEG 或 PNG。</translation>
    </message>
    <message>
      <source>it is not a picture.</source>
      <translation>它不是图片。</translation>
    </message>
    <message>
      <source>it is damaged ({reason}).</source>
      <translation>它已损坏（{reason}）。</translation>
    </message>
    <message>
      <source>the file is too large ({size} bytes).</source>
      <translation>文件太大（{size} 字节）。</translation>
    </message>
    <message>
      <source>{field}: the column “{value}” says the same as “{first}”.</source>
      <translation>{field}：列“{value}”与“{first}”重复。</translation>
    </message>
    <message>
      <source>{field}: “{value}” is already on row {first}.</source>
      <translation>{field}：“{value}”已在第 {first} 行出现。</translation>
    </message>
    <message>
      <source>{field}: longer than {limit} characters.</source>
      <translation>{field}：超过 {limit} 个字符。</translation>
    </message>
    <message>
      <source>{field}: the spreadsheet's talking points differ, but they are not imported for a product you already have (yours keep their evidence). Edit them in the window.</source>
      <translation>{field}：表格里的卖点不同，但已有产品的卖点不会被导入（你的卖点保留其证据）。请在窗口里修改。</translation>
    </message>
    <message>
      <source>Row {line}, {column}: {text}</source>
      <translation>第 {line} 行，{column}：{text}</translation>
    </message>
    <message>
      <source>Row {line}: {text}</source>
      <translation>第 {line} 行：{text}</translation>
    </message>
    <message>
      <source>{sku}: {text}</source>
      <translation>{sku}：{text}</translation>
    </message>
    <message>
      <source>{sku}: appears more than once in the bundle.</source>
      <translation>{sku}：在目录包里出现了不止一次。</translation>
    </message>
    <message>
      <source>new</source>
      <translation>新增</translation>
    </message>
    <message>
      <source>changed</source>
      <translation>有改动</translation>
    </message>
    <message>
      <source>unchanged</source>
      <translation>无变化</translation>
    </message>
    <message>
      <source>add</source>
      <translation>添加</translation>
    </message>
    <message>
      <source>take theirs</source>
      <translation>用对方的</translation>
    </message>
    <message>
      <source>keep mine</source>
      <translation>保留我的</translation>
    </message>
    <message>
      <source>nothing to do</source>
      <translation>无需处理</translation>
    </message>
    <message>
      <source>{sku}: no shop link, so its cards have no QR code.</source>
      <translation>{sku}：没有店铺链接，卡片上没有二维码。</translation>
    </message>
    <message>
      <source>{sku}: no photo; its cards show a placeholder.</source>
      <translation>{sku}：没有照片，卡片上显示占位图。</translation>
    </message>
    <message>
      <source>{sku}: the cover photo cannot be read; its cards show a placeholder.</source>
      <translation>{sku}：封面照片无法读取，卡片上显示占位图。</translation>
    </message>
    <message>
      <source>{sku}: no live price, so its cards show none.</source>
      <translation>{sku}：没有直播价，卡片上不显示价格。</translation>
    </message>
    <message>
      <source>Live price</source>
      <translation>直播价</translation>
    </message>
    <message>
      <source>Origin: {origin}</source>
      <translation>产地：{origin}</translation>
    </message>
    <message>
      <source>no font draws Chinese: cards and the PDF catalogue cannot be made; install fonts-wqy-microhei or Noto Sans CJK SC, or set VILLAGECAST_CJK_FONT</source>
      <translation>没有能显示中文的字体：做不了商品卡片和 PDF 目录；请安装 fonts-wqy-microhei 或 Noto Sans CJK SC，或设置 VILLAGECAST_CJK_FONT</translation>
    </message>
    <message>
      <source>Scan to buy on {platform}</source>
      <translation>{platform}扫码购买</translation>
    </message>
    <message>
      <source>No photo yet</source>
      <translation>暂无照片</translation>
    </message>
    <message>
      <source>{field}: {mine} → {theirs}</source>
      <translation>{field}：{mine} → {theirs}</translation>
    </message>
    <message>
      <source>{field}: {mine} → {theirs} entries</source>
      <translation>{field}：{mine} → {theirs} 项</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>no</source>
      <translation>否</translation>
    </message>
  </context>
  <context>
    <name>ExchangeCli</name>
    <message>
      <source>Wrote {path}: {count} product(s).</source>
      <translation>已写入 {path}：{count} 款产品。</translation>
    </message>
    <message>
      <source>Wrote {path}: {count} product(s), {files} attached file(s).</source>
      <translation>已写入 {path}：{count} 款产品，{files} 个附件。</translation>
    </message>
    <message>
      <source>Wrote {path}: {count} product(s) on {pages} page(s).</source>
      <translation>已写入 {path}：{count} 款产品，共 {pages} 页。</translation>
    </message>
    <message>
      <source>Wrote {count} card(s) for {products} product(s) into {path}.</source>
      <translation>已在 {path} 写入 {products} 款产品的 {count} 张卡片。</translation>
    </message>
    <message>
      <source>Bundle from “{cooperative}”, made {created} with VillageCast {version}.</source>
      <translation>来自“{cooperative}”的目录包，{created} 用 VillageCast {version} 制作。</translation>
    </message>
    <message>
      <source>Spreadsheet ({kind}, {encoding}), header on row {line}.</source>
      <translation>表格（{kind}，{encoding}），表头在第 {line} 行。</translation>
    </message>
    <message>
      <source>Columns ignored (not known): {columns}</source>
      <translation>忽略的列（无法识别）：{columns}</translation>
    </message>
    <message>
      <source>{total} product(s): {new} new, {changed} changed, {unchanged} unchanged.</source>
      <translation>共 {total} 款产品：新增 {new}，有改动 {changed}，无变化 {unchanged}。</translation>
    </message>
    <message>
      <source>Dry run: nothing was written.</source>
      <translation>试运行：什么都没有写入。</translation>
    </message>
    <message>
      <source>Imported: {added} added, {replaced} replaced by theirs, {kept} kept as yours, {files} file(s) stored.</source>
      <translation>已导入：新增 {added}，用对方的替换 {replaced}，保留你的 {kept}，存入文件 {files} 个。</translation>
    </message>
    <message>
      <source>SKU</source>
      <translation>货号</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>处理</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>行</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>未知</translation>
    </message>
  </context>
  <context>
    <name>ExchangeMenu</name>
    <message>
      <source>&amp;Import catalogue…</source>
      <translation>导入目录(&amp;I)…</translation>
    </message>
    <message>
      <source>Merge a catalogue bundle, CSV or XLSX file into your catalogue, with a preview first (Ctrl+I)</source>
      <translation>把目录包、CSV 或 XLSX 文件合并进你的目录，先预览再导入（Ctrl+I）</translation>
    </message>
    <message>
      <source>E&amp;xport</source>
      <translation>导出(&amp;X)</translation>
    </message>
    <message>
      <source>Catalogue &amp;bundle…</source>
      <translation>目录包(&amp;B)…</translation>
    </message>
    <message>
      <source>Spreadsheet (&amp;CSV)…</source>
      <translation>表格（CSV）(&amp;C)…</translation>
    </message>
    <message>
      <source>Spreadsheet (&amp;XLSX)…</source>
      <translation>表格（XLSX）(&amp;X)…</translation>
    </message>
    <message>
      <source>&amp;Printable catalogue (PDF)…</source>
      <translation>可打印目录（PDF）(&amp;P)…</translation>
    </message>
    <message>
      <source>Product c&amp;ards (PNG)…</source>
      <translation>商品卡片（PNG）(&amp;A)…</translation>
    </message>
  </context>
  <context>
    <name>ExchangeWindow</name>
    <message>
      <source>Open folder</source>
      <translation>打开文件夹</translation>
    </message>
  </context>
  <context>
    <name>ExportActions</name>
    <message>
      <source>Export catalogue bundle</source>
      <translation>导出目录包</translation>
    </message>
    <message>
      <source>Export spreadsheet (CSV)</source>
      <translation>导出表格（CSV）</translation>
    </message>
    <message>
      <source>Export spreadsheet (XLSX)</source>
      <translation>导出表格（XLSX）</translation>
    </message>
    <message>
      <source>Export printable catalogue (PDF)</source>
      <translation>导出可打印目录（PDF）</translation>
    </message>
    <message>
      <source>Export product cards (PNG)</source>
      <translation>导出商品卡片（PNG）</translation>
    </message>
    <message>
      <source>catalogue</source>
      <translation>目录</translation>
    </message>
    <message>
      <source>Folder for the product cards</source>
      <translation>存放商品卡片的文件夹</translation>
    </message>
    <message>
      <source>cards</source>
      <translation>卡片</translation>
    </message>
    <message>
      <source>Catalogue bundles (*.vcbundle)</source>
      <translation>目录包 (*.vcbundle)</translation>
    </message>
    <message>
      <source>CSV spreadsheets (*.csv)</source>
      <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message numerus="yes">
      <source>Writing %n product(s)…</source>
      <translation>
        <numerusform>正在写入 %n 款产品…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Drawing %n page(s)…</source>
      <translation>
        <numerusform>正在绘制 %n 页…</numerusform>
      </translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Exporting</source>
      <translation>正在导出</translation>
    </message>
    <message numerus="yes">
      <source>Saved the bundle with %n product(s)</source>
      <translation>
        <numerusform>已保存目录包，共 %n 款产品</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>and %n attached file(s).</source>
      <translation>
        <numerusform>和 %n 个附件。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Saved the spreadsheet with %n product(s).</source>
      <translation>
        <numerusform>已保存表格，共 %n 款产品。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Saved the printable catalogue: %n page(s).</source>
      <translation>
        <numerusform>已保存可打印目录：共 %n 页。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Stopped after %n card(s).</source>
      <translation>
        <numerusform>做完 %n 张卡片后已停止。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Saved %n product card(s).</source>
      <translation>
        <numerusform>已保存 %n 张商品卡片。</numerusform>
      </translation>
    </message>
    <message>
      <source>Not exported</source>
      <translation>未导出</translation>
    </message>
  </context>
  <context>
    <name>ExportOptionsDialog</name>
    <message numerus="yes">
      <source>All products (%n)</source>
      <translation>
        <numerusform>全部产品（%n 款）</numerusform>
      </translation>
    </message>
    <message>
      <source>Only the selected product: %1 (%2)</source>
      <translation>只导出选中的产品：%1（%2）</translation>
    </message>
    <message>
      <source>Only the selected product (none is selected)</source>
      <translation>只导出选中的产品（当前没有选中）</translation>
    </message>
    <message>
      <source>Cooperative name</source>
      <translation>合作社名称</translation>
    </message>
    <message>
      <source>e.g. 光明村核桃合作社</source>
      <translation>例如：光明村核桃合作社</translation>
    </message>
    <message>
      <source>Shown on the cover and in the bundle; remembered for next time.</source>
      <translation>印在封面上并写入目录包；下次会记住。</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>导出…</translation>
    </message>
    <message>
      <source>Which products?</source>
      <translation>导出哪些产品？</translation>
    </message>
    <message>
      <source>&amp;Cooperative</source>
      <translation>合作社(&amp;C)</translation>
    </message>
  </context>
  <context>
    <name>FindingsView</name>
    <message>
      <source>Severity</source>
      <translation>程度</translation>
    </message>
    <message>
      <source>Wording</source>
      <translation>用语</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Instead</source>
      <translation>改说</translation>
    </message>
    <message>
      <source>Findings</source>
      <translation>检查结果</translation>
    </message>
    <message>
      <source>No risky wording found.</source>
      <translation>未发现风险用语。</translation>
    </message>
    <message numerus="yes">
      <source>%n must change</source>
      <translation>
        <numerusform>%n 处必须修改</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n to check</source>
      <translation>
        <numerusform>%n 处需核实</numerusform>
      </translation>
    </message>
    <message>
      <source>(leave it out or reword)</source>
      <translation>（删掉或换个说法）</translation>
    </message>
    <message>
      <source>Upcoming from %1</source>
      <translation>%1 起施行</translation>
    </message>
    <message>
      <source>Product checks skipped: a free script is not about one product.</source>
      <translation>未做商品核对：通用话术不针对某个商品。</translation>
    </message>
    <message>
      <source>Product checks skipped: the product no longer exists.</source>
      <translation>未做商品核对：该商品已不存在。</translation>
    </message>
    <message>
      <source>Product checks ran against %1 (%2): %3 in stock, reference price (原价, the lowest of the last 7 days) %4.</source>
      <translation>已按 %1（%2）核对：库存 %3，原价（前 7 天最低价）%4。</translation>
    </message>
    <message>
      <source>Product checks ran against %1 (%2): %3 in stock, no price in the last 7 days, so no original price (原价) may be mentioned.</source>
      <translation>已按 %1（%2）核对：库存 %3；前 7 天无成交价，不能说原价。</translation>
    </message>
  </context>
  <context>
    <name>FirstRunGuide</name>
    <message>
      <source>Getting started with VillageCast</source>
      <translation>VillageCast 村播通入门</translation>
    </message>
    <message>
      <source>Welcome to VillageCast: your catalogue and live-show companion</source>
      <translation>欢迎使用 VillageCast 村播通：你的商品目录和直播助手</translation>
    </message>
    <message>
      <source>Language:</source>
      <translation>语言：</translation>
    </message>
    <message>
      <source>Getting started</source>
      <translation>入门指南</translation>
    </message>
    <message>
      <source>Open the &amp;demo catalogue</source>
      <translation>打开演示目录(&amp;D)</translation>
    </message>
    <message>
      <source>Opens the sample catalogue in its own file; your data is not touched</source>
      <translation>打开单独文件中的示例目录；不会动你自己的数据</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>关闭(&amp;C)</translation>
    </message>
    <message>
      <source>Your data folder:</source>
      <translation>你的数据文件夹：</translation>
    </message>
    <message>
      <source>Your catalogue (one database file):</source>
      <translation>你的商品目录（一个数据库文件）：</translation>
    </message>
    <message>
      <source>Open now:</source>
      <translation>当前打开的是：</translation>
    </message>
    <message>
      <source>Photos and certificate files are copied into the "files" folder beside the database, and a backup is made in "backups" each time the window starts (the newest 7 are kept). Copy the whole folder to move to another computer.</source>
      <translation>图片和证书文件会复制到数据库旁边的“files”文件夹；每次打开窗口时会在“backups”文件夹里做一次备份（保留最新的 7 份）。换电脑时，把整个文件夹复制过去即可。</translation>
    </message>
    <message>
      <source>What VillageCast does</source>
      <translation>VillageCast 能做什么</translation>
    </message>
    <message>
      <source>VillageCast keeps your product catalogue on this computer: names, prices, stock, certificates and the evidence behind every talking point. It helps you prepare a live show and run it: scripts checked for risky words as you type, the checklist before going on air, shipping costs and free shipping per province, a teleprompter that follows the product you are selling, sales and stock during the show, and the report afterwards. It works without internet.</source>
      <translation>VillageCast 把你的商品目录保存在这台电脑上：名称、价格、库存、证书，以及每条卖点背后的证据。它帮你准备并完成一场直播：边写边检查话术里的风险用语、开播前的检查清单、各省运费和包邮测算、跟着正在卖的商品走的提词器、直播中的销售和库存，以及播后的复盘报告。不联网也能用。</translation>
    </message>
    <message>
      <source>Where your data is kept</source>
      <translation>数据保存在哪里</translation>
    </message>
    <message>
      <source>Try it on the demo catalogue</source>
      <translation>用演示目录试一试</translation>
    </message>
    <message>
      <source>The demo catalogue holds sample products with a month of stock and price history, in a file of its own: nothing you do there touches your data. Press "Open the demo catalogue" below, or start VillageCast with this command:</source>
      <translation>演示目录里有一些示例商品和一个月的库存、价格记录，保存在单独的文件里：在里面做什么都不会影响你自己的数据。点下面的“打开演示目录”，或者用这条命令启动 VillageCast：</translation>
    </message>
    <message>
      <source>The demo is marked DEMO in the menu bar. After a training session, File &gt; Reset demo puts it back as it was.</source>
      <translation>演示目录在菜单栏上标有“演示”。培训结束后，用“文件 &gt; 重置演示”可以把它恢复原样。</translation>
    </message>
    <message>
      <source>Help while you work</source>
      <translation>使用中的帮助</translation>
    </message>
    <message>
      <source>Press F1 in any window for the help page of that window.</source>
      <translation>在任何窗口按 F1，打开该窗口的帮助页面。</translation>
    </message>
    <message>
      <source>Help &gt; Getting started shows this guide again.</source>
      <translation>“帮助 &gt; 入门指南”可以再次打开本指南。</translation>
    </message>
    <message>
      <source>View &gt; UI scale makes all text larger; View &gt; Projector mode also turns on high contrast for a room.</source>
      <translation>“查看 &gt; 界面缩放”放大所有文字；“查看 &gt; 投影模式”还会打开高对比度，适合在教室投影。</translation>
    </message>
    <message>
      <source>Every change is saved at once and can be undone with Ctrl+Z.</source>
      <translation>每一处修改都会立即保存，可以用 Ctrl+Z 撤销。</translation>
    </message>
  </context>
  <context>
    <name>FlashSaleBox</name>
    <message>
      <source>Flash sale (count-down)</source>
      <translation>秒杀（倒计时）</translation>
    </message>
    <message>
      <source>&amp;Length (min:s)</source>
      <translation>时长（分:秒）(&amp;L)</translation>
    </message>
    <message>
      <source>&amp;Units</source>
      <translation>件数(&amp;U)</translation>
    </message>
    <message>
      <source>Flash sale length in minutes and seconds</source>
      <translation>秒杀时长（分和秒）</translation>
    </message>
    <message>
      <source>Units in the flash sale</source>
      <translation>秒杀件数</translation>
    </message>
    <message>
      <source>S&amp;tart</source>
      <translation>开始(&amp;T)</translation>
    </message>
    <message>
      <source>Start the count-down; it shows on the prompter with the units left</source>
      <translation>开始倒计时；提词器上会显示倒计时和剩余件数</translation>
    </message>
    <message>
      <source>Sto&amp;p</source>
      <translation>停止(&amp;P)</translation>
    </message>
    <message>
      <source>End the flash sale now</source>
      <translation>马上结束秒杀</translation>
    </message>
    <message>
      <source>No flash sale for this product yet.</source>
      <translation>这个产品还没有秒杀。</translation>
    </message>
    <message>
      <source>Running: ends at %1 (%2 left) · %3 of %4 units left</source>
      <translation>进行中：%1 结束（还剩 %2）· 剩 %3 / %4 件</translation>
    </message>
    <message>
      <source>Ended (%1) · %2 of %3 units sold · started %4</source>
      <translation>已结束（%1）· 卖出 %2 / %3 件 · %4 开始</translation>
    </message>
    <message>
      <source>at %1</source>
      <translation>于 %1</translation>
    </message>
  </context>
  <context>
    <name>Formats</name>
    <message>
      <source>%1 kg</source>
      <translation>%1 公斤</translation>
    </message>
    <message>
      <source>%1 g</source>
      <translation>%1 克</translation>
    </message>
    <message>
      <source>%1 %2</source>
      <translation>%1 %2</translation>
    </message>
  </context>
  <context>
    <name>GateDialog</name>
    <message>
      <source>Go on air: %1</source>
      <translation>开播：%1</translation>
    </message>
    <message>
      <source>Before you go on air, check what is still open. Going on air anyway is allowed, and recorded with the session.</source>
      <translation>开播前，看看还有哪些没处理。可以强行开播，但会记入本场记录。</translation>
    </message>
    <message>
      <source>Scripts for this show</source>
      <translation>本场话术</translation>
    </message>
    <message>
      <source>%1 (free script)</source>
      <translation>%1（通用话术）</translation>
    </message>
    <message>
      <source>(not approved for broadcast)</source>
      <translation>（未通过选品审核）</translation>
    </message>
    <message>
      <source>Script</source>
      <translation>话术</translation>
    </message>
    <message>
      <source>Wording</source>
      <translation>用语</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Must-change wording</source>
      <translation>必须修改的用语</translation>
    </message>
    <message>
      <source>Checklist items still to do before the broadcast</source>
      <translation>开播前尚未完成的清单项</translation>
    </message>
    <message>
      <source>Tick it here once it is done</source>
      <translation>做完后在这里勾选</translation>
    </message>
    <message numerus="yes">
      <source>Must-change wording: %n</source>
      <translation>
        <numerusform>必须修改的用语：%n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>“Before” checklist items not ticked: %n</source>
      <translation>
        <numerusform>未勾选的“播前”清单项：%n</numerusform>
      </translation>
    </message>
    <message>
      <source>All clear: no must-change wording, and every “before” item is ticked.</source>
      <translation>全部通过：没有必须修改的用语，“播前”各项都已勾选。</translation>
    </message>
    <message>
      <source>Go on &amp;air</source>
      <translation>开播(&amp;A)</translation>
    </message>
    <message numerus="yes">
      <source>%n problem(s) unresolved. Going on air anyway records them with this session.</source>
      <translation>
        <numerusform>%n 个问题未解决。强行开播会把它们记入本场记录。</numerusform>
      </translation>
    </message>
    <message>
      <source>Go on air &amp;anyway…</source>
      <translation>仍然开播(&amp;A)…</translation>
    </message>
    <message>
      <source>Tick “%1”</source>
      <translation>勾选“%1”</translation>
    </message>
    <message>
      <source>Go on air anyway?</source>
      <translation>仍然开播？</translation>
    </message>
    <message numerus="yes">
      <source>%n problem(s) are unresolved. They will be recorded with this session as gone on air anyway. Go on air?</source>
      <translation>
        <numerusform>还有 %n 个问题未解决，将作为“强行开播”记入本场记录。确定开播？</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>GoOnAir</name>
    <message>
      <source>The on-air part of VillageCast (prompter and operator windows) is missing from this installation, so no show can go on air from here. Reinstall VillageCast.</source>
      <translation>这次安装的 VillageCast 缺少直播部分（提词器和场控窗口），所以无法从这里开播。请重新安装 VillageCast。</translation>
    </message>
    <message>
      <source>Add at least one segment to the run sheet before going on air.</source>
      <translation>开播前请在排品单里至少添加一个段落。</translation>
    </message>
    <message>
      <source>Go on air</source>
      <translation>开播</translation>
    </message>
    <message>
      <source>Resume the show</source>
      <translation>恢复直播</translation>
    </message>
  </context>
  <context>
    <name>Help</name>
    <message>
      <source>Catalogue and product editor</source>
      <translation>商品目录与商品编辑</translation>
    </message>
    <message>
      <source>Shipping and free-shipping plan</source>
      <translation>运费与包邮规划</translation>
    </message>
    <message>
      <source>Scripts and checklist</source>
      <translation>话术与检查清单</translation>
    </message>
    <message>
      <source>Broadcast: run sheet, on air, report</source>
      <translation>直播：排品单、开播、复盘</translation>
    </message>
  </context>
  <context>
    <name>HelpActions</name>
    <message>
      <source>&amp;Help for this window</source>
      <translation>本窗口的帮助(&amp;H)</translation>
    </message>
    <message>
      <source>What this window does and how to use it (F1)</source>
      <translation>这个窗口做什么、怎么用（F1）</translation>
    </message>
    <message>
      <source>&amp;Getting started</source>
      <translation>入门指南(&amp;G)</translation>
    </message>
  </context>
  <context>
    <name>HelpWindow</name>
    <message>
      <source>%1 — VillageCast help</source>
      <translation>%1 — VillageCast 帮助</translation>
    </message>
    <message>
      <source>Help pages</source>
      <translation>帮助页面</translation>
    </message>
    <message>
      <source>Help text</source>
      <translation>帮助内容</translation>
    </message>
  </context>
  <context>
    <name>HistoryModel</name>
    <message>
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Price</source>
      <translation>价格</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>金额</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Balance</source>
      <translation>结存</translation>
    </message>
  </context>
  <context>
    <name>ImportFlow</name>
    <message>
      <source>Import catalogue</source>
      <translation>导入目录</translation>
    </message>
    <message>
      <source>Catalogue bundles and spreadsheets (*.vcbundle *.csv *.xlsx *.txt);;All files (*)</source>
      <translation>目录包和表格 (*.vcbundle *.csv *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
      <source>Reading and checking “%1”…</source>
      <translation>正在读取并检查“%1”…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Import %1</source>
      <translation>导入 %1</translation>
    </message>
    <message>
      <source>Imported “%1”.</source>
      <translation>已导入“%1”。</translation>
    </message>
    <message numerus="yes">
      <source>%n product(s) added</source>
      <translation>
        <numerusform>新增 %n 款产品</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n product(s) replaced by theirs</source>
      <translation>
        <numerusform>%n 款产品用对方的替换</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n product(s) kept as yours</source>
      <translation>
        <numerusform>%n 款产品保留你的</numerusform>
      </translation>
    </message>
    <message>
      <source>Edit &gt; Undo takes the whole import back.</source>
      <translation>用“编辑 &gt; 撤销”可以撤回整个导入。</translation>
    </message>
  </context>
  <context>
    <name>ImportPreviewDialog</name>
    <message>
      <source>Import “%1”</source>
      <translation>导入“%1”</translation>
    </message>
    <message>
      <source>For a product you already have, your version is kept unless you tick “take theirs”. Stock is never imported.</source>
      <translation>对于你已有的产品，除非勾选“用对方的”，否则保留你的版本。库存从不导入。</translation>
    </message>
    <message>
      <source>SKU</source>
      <translation>货号</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Your choice</source>
      <translation>你的选择</translation>
    </message>
    <message>
      <source>Products in the file</source>
      <translation>文件里的产品</translation>
    </message>
    <message>
      <source>Take all &amp;theirs</source>
      <translation>全部用对方的(&amp;T)</translation>
    </message>
    <message>
      <source>Keep all &amp;mine</source>
      <translation>全部保留我的(&amp;M)</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>导入(&amp;I)</translation>
    </message>
    <message>
      <source>Catalogue bundle from “%1”, made %2 with VillageCast %3.</source>
      <translation>来自“%1”的目录包，%2 用 VillageCast %3 制作。</translation>
    </message>
    <message>
      <source>an unnamed cooperative</source>
      <translation>未署名的合作社</translation>
    </message>
    <message>
      <source>Spreadsheet (%1, %2), header on row %3.</source>
      <translation>表格（%1，%2），表头在第 %3 行。</translation>
    </message>
    <message>
      <source>Columns ignored (not known): %1</source>
      <translation>忽略的列（无法识别）：%1</translation>
    </message>
    <message>
      <source>Row %1 of the spreadsheet</source>
      <translation>表格第 %1 行</translation>
    </message>
    <message numerus="yes">
      <source>%n new</source>
      <translation>
        <numerusform>新增 %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n changed</source>
      <translation>
        <numerusform>有改动 %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n unchanged</source>
      <translation>
        <numerusform>无变化 %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n product(s) in the file:</source>
      <translation>
        <numerusform>文件里共 %n 款产品：</numerusform>
      </translation>
    </message>
    <message>
      <source>Importing adds %1 and replaces %2 with theirs.</source>
      <translation>导入将新增 %1 款，并用对方的替换 %2 款。</translation>
    </message>
  </context>
  <context>
    <name>ItemTab</name>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Box L×W×H (cm)</source>
      <translation>箱子 长×宽×高（厘米）</translation>
    </message>
    <message>
      <source>Box and filling (g)</source>
      <translation>纸箱和填充物（克）</translation>
    </message>
    <message>
      <source>Foam box (g)</source>
      <translation>泡沫箱（克）</translation>
    </message>
    <message>
      <source>Ice packs</source>
      <translation>冰袋个数</translation>
    </message>
    <message>
      <source>One ice pack (g)</source>
      <translation>每个冰袋（克）</translation>
    </message>
    <message>
      <source>Cost (yuan)</source>
      <translation>成本（元）</translation>
    </message>
    <message>
      <source>Packing weight (kg)</source>
      <translation>包装重量（公斤）</translation>
    </message>
    <message>
      <source>New box</source>
      <translation>新箱子</translation>
    </message>
    <message>
      <source>&amp;Add preset</source>
      <translation>添加包装方案(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Delete presets</source>
      <translation>删除包装方案(&amp;D)</translation>
    </message>
    <message>
      <source>Add packaging preset %1</source>
      <translation>添加包装方案 %1</translation>
    </message>
    <message>
      <source>Change packaging preset %1</source>
      <translation>修改包装方案 %1</translation>
    </message>
    <message>
      <source>Delete packaging presets: %1</source>
      <translation>删除包装方案：%1</translation>
    </message>
    <message>
      <source>The boxes you pack orders in. Type in a cell to change it; each change is saved at once and Edit &gt; Undo takes it back. Weights in grams, the cost in yuan (box, fillers, coolant and tape together).</source>
      <translation>你打包订单用的箱子。在格子里直接输入即可修改；每次修改立即保存，可用“编辑 &gt; 撤销”撤回。重量单位为克，成本单位为元（箱子、填充物、冷媒和胶带合计）。</translation>
    </message>
    <message>
      <source>Packaging presets</source>
      <translation>包装方案</translation>
    </message>
    <message>
      <source>Platform %</source>
      <translation>平台费 %</translation>
    </message>
    <message>
      <source>Payment %</source>
      <translation>支付费 %</translation>
    </message>
    <message>
      <source>Influencer %</source>
      <translation>达人佣金 %</translation>
    </message>
    <message>
      <source>Damage and claims %</source>
      <translation>坏损赔付 %</translation>
    </message>
    <message>
      <source>Total %</source>
      <translation>合计 %</translation>
    </message>
    <message>
      <source>From</source>
      <translation>开始</translation>
    </message>
    <message>
      <source>To</source>
      <translation>结束</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <source>New fee profile</source>
      <translation>新费率方案</translation>
    </message>
    <message>
      <source>&amp;Add profile</source>
      <translation>添加费率方案(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Delete profiles</source>
      <translation>删除费率方案(&amp;D)</translation>
    </message>
    <message>
      <source>Add fee profile %1</source>
      <translation>添加费率方案 %1</translation>
    </message>
    <message>
      <source>Change fee profile %1</source>
      <translation>修改费率方案 %1</translation>
    </message>
    <message>
      <source>Delete fee profiles: %1</source>
      <translation>删除费率方案：%1</translation>
    </message>
    <message>
      <source>What the platform keeps of each order, in % of the price. Check the rates in your shop's back office and note where they come from; dates as YYYY-MM-DD, empty for no limit.</source>
      <translation>平台从每笔订单中收取的比例（占售价的百分比）。请在店铺后台核对费率并注明来源；日期格式为年-月-日，留空表示不限。</translation>
    </message>
    <message>
      <source>Fee profiles</source>
      <translation>平台费率方案</translation>
    </message>
    <message>
      <source>Delete the selected rows (Edit &gt; Undo brings them back)</source>
      <translation>删除选中的行（用“编辑 &gt; 撤销”可以找回）</translation>
    </message>
  </context>
  <context>
    <name>KeyMapDialog</name>
    <message>
      <source>Prompter keys</source>
      <translation>提词器按键</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>动作</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>按键</translation>
    </message>
    <message>
      <source>Add key…</source>
      <translation>添加按键…</translation>
    </message>
    <message>
      <source>Then press the key, pedal or clicker button to use</source>
      <translation>然后按下要使用的键、脚踏板或翻页笔按钮</translation>
    </message>
    <message>
      <source>Clear keys</source>
      <translation>清除按键</translation>
    </message>
    <message>
      <source>Restore defaults</source>
      <translation>恢复默认</translation>
    </message>
    <message>
      <source>Select an action and choose Add key, or double-click it.</source>
      <translation>选一个动作，再点“添加按键”，或双击它。</translation>
    </message>
    <message>
      <source>Press the key for “%1”…</source>
      <translation>请按下“%1”要用的键…</translation>
    </message>
    <message>
      <source>%1 is already used for “%2”. Clear it there first.</source>
      <translation>%1 已用于“%2”。请先在那里清除。</translation>
    </message>
  </context>
  <context>
    <name>LanguageMenu</name>
    <message>
      <source>&amp;Language</source>
      <translation>语言(&amp;L)</translation>
    </message>
    <message>
      <source>The language of every window; remembered for the next start</source>
      <translation>所有窗口使用的语言；下次启动时保持不变</translation>
    </message>
  </context>
  <context>
    <name>LiveController</name>
    <message numerus="yes">
      <source>Sell %n unit(s)</source>
      <translation>
        <numerusform>卖出 %n 件</numerusform>
      </translation>
    </message>
    <message>
      <source>Start a flash sale</source>
      <translation>开始秒杀</translation>
    </message>
    <message>
      <source>Stop the flash sale</source>
      <translation>停止秒杀</translation>
    </message>
    <message>
      <source>Reminder %1 done</source>
      <translation>提醒 %1 已完成</translation>
    </message>
    <message>
      <source>Log a correction</source>
      <translation>记录更正</translation>
    </message>
    <message>
      <source>Edit the script on air</source>
      <translation>直播中修改话术</translation>
    </message>
    <message>
      <source>The report of this show is in the broadcast window (Reports).</source>
      <translation>这场直播的报告在直播窗口里（“报告”页）。</translation>
    </message>
    <message>
      <source>Go on air</source>
      <translation>开播</translation>
    </message>
    <message>
      <source>“%1” is on air. Finish it before starting another show.</source>
      <translation>“%1”正在直播。请先结束它，再开始另一场直播。</translation>
    </message>
  </context>
  <context>
    <name>LiveGate</name>
    <message>
      <source>Run sheet %1: %2</source>
      <translation>排品单第 %1 段：%2</translation>
    </message>
  </context>
  <context>
    <name>LiveResume</name>
    <message>
      <source>%1 — %2</source>
      <translation>%1 — %2</translation>
    </message>
    <message>
      <source>Segment %1 of %2, the line it was on</source>
      <translation>第 %1 段（共 %2 段），停在原来那一行</translation>
    </message>
    <message>
      <source>Last saved %1.</source>
      <translation>上次保存：%1。</translation>
    </message>
    <message numerus="yes">
      <source>%n unit(s) sold so far.</source>
      <translation>
        <numerusform>到现在已卖出 %n 件。</numerusform>
      </translation>
    </message>
    <message>
      <source>This is a rehearsal on the demo catalogue.</source>
      <translation>这是用演示目录做的彩排。</translation>
    </message>
    <message>
      <source>A show is still on air</source>
      <translation>有一场直播还没结束</translation>
    </message>
    <message>
      <source>Resume “%1” at the same line?</source>
      <translation>从原来那一行接着播“%1”吗？</translation>
    </message>
    <message>
      <source>&amp;Resume</source>
      <translation>恢复(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Finish it</source>
      <translation>结束它(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Later</source>
      <translation>以后再说(&amp;L)</translation>
    </message>
    <message>
      <source>Finish the show</source>
      <translation>结束直播</translation>
    </message>
    <message>
      <source>Finish “%1”? The record is closed: no more sales, corrections or reminders can be added.</source>
      <translation>结束“%1”吗？记录会关闭：不能再添加销售、更正或提醒。</translation>
    </message>
    <message>
      <source>Show finished</source>
      <translation>直播已结束</translation>
    </message>
    <message>
      <source>The show is finished. Open its report now?</source>
      <translation>直播已结束。现在打开报告吗？</translation>
    </message>
    <message>
      <source>The show is on air</source>
      <translation>正在直播</translation>
    </message>
    <message>
      <source>“%1” is still on air.</source>
      <translation>“%1”还在直播中。</translation>
    </message>
    <message>
      <source>Finish it now, or close the windows and resume it later at the same line?</source>
      <translation>现在结束，还是先关闭窗口，以后从原来那一行接着播？</translation>
    </message>
    <message>
      <source>&amp;Finish show…</source>
      <translation>结束直播(&amp;F)…</translation>
    </message>
    <message>
      <source>Close, &amp;resume later</source>
      <translation>关闭，以后恢复(&amp;R)</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Search name, SKU, origin or pinyin (e.g. ht)</source>
      <translation>搜索品名、货号、产地或拼音（如 ht）</translation>
    </message>
    <message>
      <source>Search as you type. Ctrl+F jumps here, Esc clears.</source>
      <translation>边输入边搜索。按 Ctrl+F 跳到这里，按 Esc 清空。</translation>
    </message>
    <message>
      <source>Search products</source>
      <translation>搜索商品</translation>
    </message>
    <message>
      <source>Products</source>
      <translation>商品列表</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>编辑(&amp;E)</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>查看(&amp;V)</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <source>&amp;Find product</source>
      <translation>查找商品(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;About VillageCast</source>
      <translation>关于 VillageCast 村播通(&amp;A)</translation>
    </message>
    <message>
      <source>Opening the catalogue…</source>
      <translation>正在打开商品目录…</translation>
    </message>
    <message numerus="yes">
      <source>%1 of %n product(s) match</source>
      <translation>
        <numerusform>共 %n 个商品，%1 个符合</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n product(s)</source>
      <translation>
        <numerusform>共 %n 个商品</numerusform>
      </translation>
    </message>
    <message>
      <source>DEMO catalogue with sample data, not your own</source>
      <translation>演示目录：示例数据，不是你自己的商品</translation>
    </message>
    <message>
      <source>Database: %1</source>
      <translation>数据库：%1</translation>
    </message>
    <message>
      <source>&lt;h3&gt;VillageCast %1&lt;/h3&gt;&lt;p&gt;A prepared, honest desktop companion for rural live-commerce anchors.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;VillageCast 村播通 %1&lt;/h3&gt;&lt;p&gt;乡村带货主播的桌面助手：播前准备充分，播中实话实说。&lt;/p&gt;</translation>
    </message>
    <message>
      <source>About VillageCast</source>
      <translation>关于 VillageCast 村播通</translation>
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message>
      <source>SKU</source>
      <translation>货号</translation>
    </message>
    <message>
      <source>Chinese name</source>
      <translation>中文品名</translation>
    </message>
    <message>
      <source>English name</source>
      <translation>英文品名</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>品类</translation>
    </message>
    <message>
      <source>Net weight (g)</source>
      <translation>净重（克）</translation>
    </message>
    <message>
      <source>Units per pack</source>
      <translation>每包数量</translation>
    </message>
    <message>
      <source>Length (cm)</source>
      <translation>长（厘米）</translation>
    </message>
    <message>
      <source>Width (cm)</source>
      <translation>宽（厘米）</translation>
    </message>
    <message>
      <source>Height (cm)</source>
      <translation>高（厘米）</translation>
    </message>
    <message>
      <source>Gross weight (g)</source>
      <translation>毛重（克）</translation>
    </message>
    <message>
      <source>List price</source>
      <translation>标价</translation>
    </message>
    <message>
      <source>Live price</source>
      <translation>直播价</translation>
    </message>
    <message>
      <source>Floor price</source>
      <translation>最低价</translation>
    </message>
    <message>
      <source>Cost</source>
      <translation>成本</translation>
    </message>
    <message>
      <source>Shelf life (days)</source>
      <translation>保质期（天）</translation>
    </message>
    <message>
      <source>Storage</source>
      <translation>储存方式</translation>
    </message>
    <message>
      <source>Fresh / perishable</source>
      <translation>生鲜易腐</translation>
    </message>
    <message>
      <source>Province</source>
      <translation>省</translation>
    </message>
    <message>
      <source>County</source>
      <translation>县</translation>
    </message>
    <message>
      <source>Town</source>
      <translation>乡镇</translation>
    </message>
    <message>
      <source>Village</source>
      <translation>村</translation>
    </message>
    <message>
      <source>Producer or cooperative</source>
      <translation>生产者或合作社</translation>
    </message>
    <message>
      <source>Harvest or batch date</source>
      <translation>采收/批次日期</translation>
    </message>
    <message>
      <source>Supplier</source>
      <translation>供货商</translation>
    </message>
    <message>
      <source>After-sales policy</source>
      <translation>售后政策</translation>
    </message>
    <message>
      <source>Low-stock threshold</source>
      <translation>低库存预警线</translation>
    </message>
    <message>
      <source>Nutrition basis</source>
      <translation>营养成分基准</translation>
    </message>
    <message>
      <source>Nutrition</source>
      <translation>营养成分</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>证书</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>资料</translation>
    </message>
    <message>
      <source>Talking point</source>
      <translation>卖点</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>内容</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <source>Valid from</source>
      <translation>有效期起</translation>
    </message>
    <message>
      <source>Valid to</source>
      <translation>有效期至</translation>
    </message>
    <message>
      <source>Evidence</source>
      <translation>依据</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <source>Price</source>
      <translation>价格</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>{field}: required.</source>
      <translation>{field}：必须填写。</translation>
    </message>
    <message>
      <source>{field}: “{value}” is not one of: {choices}.</source>
      <translation>{field}：“{value}”不在可选范围内，只能选：{choices}。</translation>
    </message>
    <message>
      <source>{field}: “{value}” is not a whole number.</source>
      <translation>{field}：“{value}”不是整数。</translation>
    </message>
    <message>
      <source>{field}: “{value}” is not a number.</source>
      <translation>{field}：“{value}”不是数字。</translation>
    </message>
    <message>
      <source>{field}: cannot be negative ({value}).</source>
      <translation>{field}：不能是负数（{value}）。</translation>
    </message>
    <message>
      <source>{field}: “{value}” has more than two decimals.</source>
      <translation>{field}：“{value}”超过了两位小数。</translation>
    </message>
    <message>
      <source>{field}: “{value}” is too large.</source>
      <translation>{field}：“{value}”太大了。</translation>
    </message>
    <message>
      <source>{field}: must be at least 1.</source>
      <translation>{field}：至少为 1。</translation>
    </message>
    <message>
      <source>{field}: “{value}” is not a date (YYYY-MM-DD).</source>
      <translation>{field}：“{value}”不是日期（格式为 YYYY-MM-DD）。</translation>
    </message>
    <message>
      <source>{field}: ends ({end}) before it starts ({start}).</source>
      <translation>{field}：结束日期（{end}）早于开始日期（{start}）。</translation>
    </message>
    <message>
      <source>{field}: {price} yuan is below the cost of {cost} yuan.</source>
      <translation>{field}：{price} 元低于成本 {cost} 元。</translation>
    </message>
    <message>
      <source>{field}: {price} yuan is below the floor price of {floor} yuan.</source>
      <translation>{field}：{price} 元低于最低价 {floor} 元。</translation>
    </message>
    <message>
      <source>{field}: {price} yuan is above the list price of {list} yuan.</source>
      <translation>{field}：{price} 元高于标价 {list} 元。</translation>
    </message>
    <message>
      <source>{field}: unknown nutrient “{value}”.</source>
      <translation>{field}：未知的营养成分“{value}”。</translation>
    </message>
    <message>
      <source>{field}: cannot exceed {whole}.</source>
      <translation>{field}：不能超过{whole}。</translation>
    </message>
    <message>
      <source>{field}: “{value}” is not valid (letters, digits, - _ . ; at most 40).</source>
      <translation>{field}：“{value}”不符合要求（只能用字母、数字和 - _ . ，最多 40 个字符）。</translation>
    </message>
    <message>
      <source>{field}: {gross} g is less than the net weight of {net} g.</source>
      <translation>{field}：{gross} 克比净重 {net} 克还少。</translation>
    </message>
    <message>
      <source>{field}: protein, fat and carbohydrate add up to {total} g per 100 g, more than 100 g.</source>
      <translation>{field}：每 100 克中蛋白质、脂肪和碳水化合物合计 {total} 克，超过了 100 克。</translation>
    </message>
    <message>
      <source>{field}: “{value}” appears twice.</source>
      <translation>{field}：“{value}”重复了。</translation>
    </message>
    <message>
      <source>{field}: no certificate or document “{ref}”.</source>
      <translation>{field}：找不到证书或资料“{ref}”。</translation>
    </message>
    <message>
      <source>{field}: a product with SKU “{value}” already exists.</source>
      <translation>{field}：货号为“{value}”的商品已经存在。</translation>
    </message>
    <message>
      <source>{field}: no such field.</source>
      <translation>{field}：没有这个字段。</translation>
    </message>
    <message>
      <source>No product with SKU “{sku}”.</source>
      <translation>没有货号为“{sku}”的商品。</translation>
    </message>
    <message>
      <source>Not enough stock: {on_hand} on hand, {requested} requested. Nothing was recorded.</source>
      <translation>库存不够：现有 {on_hand} 件，需要 {requested} 件。本次没有记录。</translation>
    </message>
    <message>
      <source>The quantity must be a positive whole number, not {value}.</source>
      <translation>数量必须是正整数，不能是 {value}。</translation>
    </message>
    <message>
      <source>An adjustment of 0 changes nothing.</source>
      <translation>调整数量为 0，库存不会有变化。</translation>
    </message>
    <message>
      <source>The quantity {value} is larger than {limit}.</source>
      <translation>数量 {value} 超过了上限 {limit}。</translation>
    </message>
    <message>
      <source>Unknown stock movement “{kind}”.</source>
      <translation>未知的出入库类型“{kind}”。</translation>
    </message>
    <message>
      <source>“{value}” is not a whole number.</source>
      <translation>“{value}”不是整数。</translation>
    </message>
    <message>
      <source>This database was written by a newer VillageCast (schema {found}, this version knows {known}). It was not changed. Please update VillageCast to open it.</source>
      <translation>这个数据库是较新版本的 VillageCast 写入的（数据库结构版本 {found}，本版本只认识到 {known}）。数据库没有被改动。请升级 VillageCast 后再打开。</translation>
    </message>
    <message>
      <source>“{path}” is not a VillageCast database or is damaged ({reason}). It was not changed.</source>
      <translation>“{path}”不是 VillageCast 数据库，或者已经损坏（{reason}）。文件没有被改动。</translation>
    </message>
    <message>
      <source>“{path}” is a folder, not a database file.</source>
      <translation>“{path}”是文件夹，不是数据库文件。</translation>
    </message>
    <message>
      <source>Cannot create the data folder for “{path}”: {reason}.</source>
      <translation>无法为“{path}”创建数据文件夹：{reason}。</translation>
    </message>
    <message>
      <source>Upgrading “{path}” failed ({reason}); it was left as it was.</source>
      <translation>升级“{path}”失败（{reason}），文件保持原样。</translation>
    </message>
    <message>
      <source>The backup “{path}” could not be written: {reason}.</source>
      <translation>无法写入备份“{path}”：{reason}。</translation>
    </message>
    <message>
      <source>The backup “{path}” is damaged ({reason}); nothing was restored.</source>
      <translation>备份“{path}”已损坏（{reason}），没有恢复任何内容。</translation>
    </message>
    <message>
      <source>There is no backup number {number} ({available} available).</source>
      <translation>没有第 {number} 号备份（现有 {available} 个备份）。</translation>
    </message>
    <message>
      <source>“{path}” is already open in another VillageCast window (process {pid}). Only one window at a time can change a catalogue: switch to that window, or close it and try again.</source>
      <translation>“{path}”已在另一个 VillageCast 窗口中打开（进程 {pid}）。同一时间只能有一个窗口修改商品目录：请切换到那个窗口，或者关掉它再试。</translation>
    </message>
    <message>
      <source>“{path}” is already open in another VillageCast window. Only one window at a time can change a catalogue: switch to that window, or close it and try again.</source>
      <translation>“{path}”已在另一个 VillageCast 窗口中打开。同一时间只能有一个窗口修改商品目录：请切换到那个窗口，或者关掉它再试。</translation>
    </message>
    <message>
      <source>The disk is full, so this change was not saved. Everything saved before is safe. Free some space (delete old videos or downloads) and try again.</source>
      <translation>磁盘已满，这次修改没有保存。之前保存的内容都完好无损。请腾出一些空间（删掉旧视频或下载的文件）后再试。</translation>
    </message>
    <message>
      <source>“{path}” cannot be written (the disk or file is read-only), so this change was not saved. Everything saved before is safe. Copy the catalogue to a writable folder, or make the disk writable, and try again.</source>
      <translation>无法写入“{path}”（磁盘或文件是只读的），这次修改没有保存。之前保存的内容都完好无损。请把商品目录复制到可写的文件夹，或让磁盘可写后再试。</translation>
    </message>
    <message>
      <source>The disk reported an error while saving ({reason}), so this change was not saved. Everything saved before is safe. Check that the disk or USB stick is still connected and try again.</source>
      <translation>保存时磁盘报错（{reason}），这次修改没有保存。之前保存的内容都完好无损。请检查磁盘或U盘是否仍然连接好，然后再试。</translation>
    </message>
    <message>
      <source>Another program is writing to “{path}”, so this change was not saved. Wait a moment and try again.</source>
      <translation>另一个程序正在写入“{path}”，这次修改没有保存。请稍等片刻再试。</translation>
    </message>
    <message>
      <source>“{path}” is damaged ({reason}), so this change was not saved. Close VillageCast and start it again: it checks the file and offers the newest good backup.</source>
      <translation>“{path}”已损坏（{reason}），这次修改没有保存。请关闭 VillageCast 再重新打开：它会检查文件，并提供最新的完好备份。</translation>
    </message>
    <message>
      <source>Energy</source>
      <translation>能量</translation>
    </message>
    <message>
      <source>Protein</source>
      <translation>蛋白质</translation>
    </message>
    <message>
      <source>Fat</source>
      <translation>脂肪</translation>
    </message>
    <message>
      <source>Saturated fat</source>
      <translation>饱和脂肪</translation>
    </message>
    <message>
      <source>Trans fat</source>
      <translation>反式脂肪</translation>
    </message>
    <message>
      <source>Cholesterol</source>
      <translation>胆固醇</translation>
    </message>
    <message>
      <source>Carbohydrate</source>
      <translation>碳水化合物</translation>
    </message>
    <message>
      <source>Sugar</source>
      <translation>糖</translation>
    </message>
    <message>
      <source>Dietary fibre</source>
      <translation>膳食纤维</translation>
    </message>
    <message>
      <source>Sodium</source>
      <translation>钠</translation>
    </message>
    <message>
      <source>Vitamin A</source>
      <translation>维生素A</translation>
    </message>
    <message>
      <source>Vitamin D</source>
      <translation>维生素D</translation>
    </message>
    <message>
      <source>Vitamin E</source>
      <translation>维生素E</translation>
    </message>
    <message>
      <source>Vitamin K</source>
      <translation>维生素K</translation>
    </message>
    <message>
      <source>Vitamin B1</source>
      <translation>维生素B1</translation>
    </message>
    <message>
      <source>Vitamin B2</source>
      <translation>维生素B2</translation>
    </message>
    <message>
      <source>Vitamin B6</source>
      <translation>维生素B6</translation>
    </message>
    <message>
      <source>Vitamin B12</source>
      <translation>维生素B12</translation>
    </message>
    <message>
      <source>Vitamin C</source>
      <translation>维生素C</translation>
    </message>
    <message>
      <source>Niacin</source>
      <translation>烟酸</translation>
    </message>
    <message>
      <source>Folate</source>
      <translation>叶酸</translation>
    </message>
    <message>
      <source>Pantothenic acid</source>
      <translation>泛酸</translation>
    </message>
    <message>
      <source>Biotin</source>
      <translation>生物素</translation>
    </message>
    <message>
      <source>Choline</source>
      <translation>胆碱</translation>
    </message>
    <message>
      <source>Calcium</source>
      <translation>钙</translation>
    </message>
    <message>
      <source>Phosphorus</source>
      <translation>磷</translation>
    </message>
    <message>
      <source>Potassium</source>
      <translation>钾</translation>
    </message>
    <message>
      <source>Magnesium</source>
      <translation>镁</translation>
    </message>
    <message>
      <source>Iron</source>
      <translation>铁</translation>
    </message>
    <message>
      <source>Zinc</source>
      <translation>锌</translation>
    </message>
    <message>
      <source>Iodine</source>
      <translation>碘</translation>
    </message>
    <message>
      <source>Selenium</source>
      <translation>硒</translation>
    </message>
    <message>
      <source>Copper</source>
      <translation>铜</translation>
    </message>
    <message>
      <source>Fluoride</source>
      <translation>氟</translation>
    </message>
    <message>
      <source>Manganese</source>
      <translation>锰</translation>
    </message>
    <message>
      <source>Fruit</source>
      <translation>水果</translation>
    </message>
    <message>
      <source>Vegetables</source>
      <translation>蔬菜</translation>
    </message>
    <message>
      <source>Honey</source>
      <translation>蜂蜜</translation>
    </message>
    <message>
      <source>Tea</source>
      <translation>茶叶</translation>
    </message>
    <message>
      <source>Nuts</source>
      <translation>坚果</translation>
    </message>
    <message>
      <source>Mushrooms and fungi</source>
      <translation>菌菇</translation>
    </message>
    <message>
      <source>Rice and grain</source>
      <translation>大米杂粮</translation>
    </message>
    <message>
      <source>Eggs</source>
      <translation>禽蛋</translation>
    </message>
    <message>
      <source>Meat</source>
      <translation>肉类</translation>
    </message>
    <message>
      <source>Aquatic products</source>
      <translation>水产</translation>
    </message>
    <message>
      <source>Edible oil</source>
      <translation>食用油</translation>
    </message>
    <message>
      <source>Dried goods</source>
      <translation>干货</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <source>Ambient</source>
      <translation>常温</translation>
    </message>
    <message>
      <source>Chilled</source>
      <translation>冷藏</translation>
    </message>
    <message>
      <source>Frozen</source>
      <translation>冷冻</translation>
    </message>
    <message>
      <source>Organic</source>
      <translation>有机认证</translation>
    </message>
    <message>
      <source>Green food</source>
      <translation>绿色食品</translation>
    </message>
    <message>
      <source>Geographical indication</source>
      <translation>地理标志</translation>
    </message>
    <message>
      <source>Compliance certificate (promise)</source>
      <translation>承诺达标合格证</translation>
    </message>
    <message>
      <source>Inspection report</source>
      <translation>检测报告</translation>
    </message>
    <message>
      <source>Origin</source>
      <translation>产地</translation>
    </message>
    <message>
      <source>Taste</source>
      <translation>口感</translation>
    </message>
    <message>
      <source>Usage</source>
      <translation>吃法用法</translation>
    </message>
    <message>
      <source>Story</source>
      <translation>故事</translation>
    </message>
    <message>
      <source>After-sales</source>
      <translation>售后</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>入库</translation>
    </message>
    <message>
      <source>Sold</source>
      <translation>售出</translation>
    </message>
    <message>
      <source>Returned</source>
      <translation>退货</translation>
    </message>
    <message>
      <source>Damaged</source>
      <translation>损耗</translation>
    </message>
    <message>
      <source>Adjusted</source>
      <translation>调整</translation>
    </message>
    <message>
      <source>window started</source>
      <translation>启动窗口时</translation>
    </message>
    <message>
      <source>made by hand</source>
      <translation>手动备份</translation>
    </message>
    <message>
      <source>before an upgrade</source>
      <translation>升级前</translation>
    </message>
    <message>
      <source>before a restore</source>
      <translation>恢复前</translation>
    </message>
    <message>
      <source>{field}: “{value}” is not text.</source>
      <translation>{field}：“{value}”不是文字。</translation>
    </message>
    <message>
      <source>{field}: “{value}” is not true or false.</source>
      <translation>{field}：“{value}”不是 true 或 false。</translation>
    </message>
    <message>
      <source>{field}: {yuan} yuan and {fen} fen disagree; give only one of them.</source>
      <translation>{field}：{yuan} 元和 {fen} 分对不上，只填其中一个就行。</translation>
    </message>
    <message>
      <source>Cannot read “{path}”: {reason}.</source>
      <translation>无法读取“{path}”：{reason}。</translation>
    </message>
    <message>
      <source>“{path}” is not valid JSON (line {line}, column {column}): {reason}.</source>
      <translation>“{path}”不是有效的 JSON（第 {line} 行第 {column} 列）：{reason}。</translation>
    </message>
    <message>
      <source>“{path}” does not describe a product: {reason}. Nothing was changed.</source>
      <translation>“{path}”不是有效的商品数据：{reason}。没有做任何改动。</translation>
    </message>
    <message>
      <source>Nothing to change: give at least one field option or --from-json.</source>
      <translation>没有要修改的内容：请至少给出一个字段选项，或使用 --from-json。</translation>
    </message>
    <message>
      <source>Removing “{sku}” deletes it with its stock and price history. Add --yes to confirm. Nothing was removed.</source>
      <translation>删除“{sku}”会连同它的库存和价格记录一起删掉。确认删除请加上 --yes。这次没有删除任何内容。</translation>
    </message>
    <message>
      <source>Restoring backup {number} replaces the whole catalogue (the current one is backed up first). Add --yes to confirm. Nothing was changed.</source>
      <translation>恢复第 {number} 号备份会替换整个商品目录（会先备份当前目录）。确认恢复请加上 --yes。这次没有做任何改动。</translation>
    </message>
    <message>
      <source>The built-in demo catalogue is damaged ({sku}: {reason}). Please reinstall VillageCast.</source>
      <translation>内置的演示目录已损坏（{sku}：{reason}）。请重新安装 VillageCast。</translation>
    </message>
    <message>
      <source>“{path}” is not a demo database and may hold real data; it was not reset. Choose another --db path.</source>
      <translation>“{path}”不是演示数据库，里面可能有真实数据，所以没有重置。请用 --db 另选一个路径。</translation>
    </message>
    <message>
      <source>{field}: a passed {step} must cite the certificate, report or document that was checked.</source>
      <translation>{field}：通过的“{step}”必须引用审核时查看的证书、报告或资料。</translation>
    </message>
    <message>
      <source>Photo</source>
      <translation>图片</translation>
    </message>
    <message>
      <source>Review line</source>
      <translation>审核记录</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>步骤</translation>
    </message>
    <message>
      <source>Reviewer</source>
      <translation>审核人</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>结果</translation>
    </message>
    <message>
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <source>Width</source>
      <translation>宽度</translation>
    </message>
    <message>
      <source>Height</source>
      <translation>高度</translation>
    </message>
    <message>
      <source>Issuer</source>
      <translation>发证机构</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Supplier preliminary review</source>
      <translation>供应商初审</translation>
    </message>
    <message>
      <source>Qualification review</source>
      <translation>资质审核</translation>
    </message>
    <message>
      <source>Sample evaluation or sampling test</source>
      <translation>样品测评或抽样检测</translation>
    </message>
    <message>
      <source>Selling-point review</source>
      <translation>卖点审核</translation>
    </message>
    <message>
      <source>Final approval</source>
      <translation>最终审批</translation>
    </message>
    <message>
      <source>Passed</source>
      <translation>通过</translation>
    </message>
    <message>
      <source>Failed</source>
      <translation>未通过</translation>
    </message>
    <message>
      <source>{step}: not done yet.</source>
      <translation>{step}：尚未进行。</translation>
    </message>
    <message>
      <source>{step}: failed on {date} ({reviewer}).</source>
      <translation>{step}：{date} 未通过（{reviewer}）。</translation>
    </message>
    <message>
      <source>{step} was recorded on {date}, after the final approval of {approved}: approve again.</source>
      <translation>{step}记录于 {date}，晚于 {approved} 的最终审批：请重新审批。</translation>
    </message>
    <message>
      <source>The talking points changed after the selling-point review of {date}: review them again.</source>
      <translation>卖点在 {date} 的卖点审核之后有改动：请重新审核。</translation>
    </message>
    <message>
      <source>Douyin</source>
      <translation>抖音</translation>
    </message>
    <message>
      <source>Kuaishou</source>
      <translation>快手</translation>
    </message>
    <message>
      <source>Taobao</source>
      <translation>淘宝</translation>
    </message>
    <message>
      <source>WeChat Channels</source>
      <translation>微信视频号</translation>
    </message>
    <message>
      <source>Pinduoduo</source>
      <translation>拼多多</translation>
    </message>
    <message>
      <source>JD</source>
      <translation>京东</translation>
    </message>
    <message>
      <source>Other shop</source>
      <translation>其他店铺</translation>
    </message>
    <message>
      <source>Shop link</source>
      <translation>店铺链接</translation>
    </message>
    <message>
      <source>Platform</source>
      <translation>平台</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>链接</translation>
    </message>
    <message>
      <source>{field}: “{value}” is not a web link (it must start with https:// or http:// and have no spaces).</source>
      <translation>{field}：“{value}”不是网页链接（须以 https:// 或 http:// 开头，且不能有空格）。</translation>
    </message>
    <message>
      <source>“{path}” is too large ({size} bytes; at most {limit}). Nothing was attached.</source>
      <translation>“{path}”太大（{size} 字节，最多 {limit}）。没有附加任何文件。</translation>
    </message>
    <message>
      <source>“{path}” is not a PDF, JPEG or PNG file (judged by its content, not its name). Nothing was attached.</source>
      <translation>“{path}”不是 PDF、JPEG 或 PNG 文件（按文件内容判断，不看文件名）。没有附加任何文件。</translation>
    </message>
    <message>
      <source>The disk is full: “{path}” could not be written. Nothing was changed; free some space and try again.</source>
      <translation>磁盘已满：无法写入“{path}”。什么都没有改动；请腾出一些空间后再试。</translation>
    </message>
    <message>
      <source>“{path}” could not be written ({reason}). Nothing was changed.</source>
      <translation>无法写入“{path}”（{reason}）。什么都没有改动。</translation>
    </message>
    <message>
      <source>“{path}” is not a file of this catalogue.</source>
      <translation>“{path}”不是本目录的文件。</translation>
    </message>
    <message>
      <source>This photo file is too large ({size} bytes; at most {limit}). It was not added.</source>
      <translation>这个图片文件太大（{size} 字节，最多 {limit}），没有添加。</translation>
    </message>
    <message>
      <source>This file is not a picture. Only JPEG and PNG photos can be added.</source>
      <translation>这个文件不是图片。只能添加 JPEG 和 PNG 图片。</translation>
    </message>
    <message>
      <source>This picture is a {format} file. Only JPEG and PNG photos can be added; save it as JPEG first.</source>
      <translation>这张图片是 {format} 格式。只能添加 JPEG 和 PNG 图片；请先另存为 JPEG。</translation>
    </message>
    <message>
      <source>This picture is {width} × {height} pixels, too large to open safely (at most {limit} pixels). It was not added.</source>
      <translation>这张图片有 {width} × {height} 像素，太大，无法安全打开（最多 {limit} 像素），没有添加。</translation>
    </message>
    <message>
      <source>This picture is damaged or incomplete and cannot be read ({reason}). It was not added.</source>
      <translation>这张图片已损坏或不完整，无法读取（{reason}），没有添加。</translation>
    </message>
    <message>
      <source>That stock movement of “{sku}” no longer exists.</source>
      <translation>“{sku}”的这条库存记录已经不存在。</translation>
    </message>
    <message>
      <source>{field}: longer than {limit} characters.</source>
      <translation>{field}：超过 {limit} 个字符。</translation>
    </message>
    <message>
      <source>That script no longer exists.</source>
      <translation>这份话术已经不存在了。</translation>
    </message>
    <message>
      <source>That broadcast session no longer exists.</source>
      <translation>这场直播记录已经不存在了。</translation>
    </message>
    <message>
      <source>This session is already on air.</source>
      <translation>这场直播已经开播了。</translation>
    </message>
    <message>
      <source>This session has finished; its record can no longer change.</source>
      <translation>这场直播已结束，记录不能再改。</translation>
    </message>
    <message>
      <source>Carrier</source>
      <translation>快递公司</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>服务</translation>
    </message>
    <message>
      <source>Origin province</source>
      <translation>始发省</translation>
    </message>
    <message>
      <source>Pricing model</source>
      <translation>计价方式</translation>
    </message>
    <message>
      <source>First weight</source>
      <translation>首重</translation>
    </message>
    <message>
      <source>Continued-weight step</source>
      <translation>续重步长</translation>
    </message>
    <message>
      <source>Rounding</source>
      <translation>取整</translation>
    </message>
    <message>
      <source>Volumetric divisor</source>
      <translation>抛比（体积重除数）</translation>
    </message>
    <message>
      <source>Maximum parcel weight</source>
      <translation>单件限重</translation>
    </message>
    <message>
      <source>Insurance rate</source>
      <translation>保价费率</translation>
    </message>
    <message>
      <source>Minimum insurance fee</source>
      <translation>保价最低收费</translation>
    </message>
    <message>
      <source>Zone</source>
      <translation>区域</translation>
    </message>
    <message>
      <source>Destination provinces</source>
      <translation>目的省份</translation>
    </message>
    <message>
      <source>Days in transit</source>
      <translation>时效天数</translation>
    </message>
    <message>
      <source>Weight band</source>
      <translation>重量段</translation>
    </message>
    <message>
      <source>From weight</source>
      <translation>起始重量</translation>
    </message>
    <message>
      <source>Up to weight</source>
      <translation>截止重量</translation>
    </message>
    <message>
      <source>First-weight price</source>
      <translation>首重价格</translation>
    </message>
    <message>
      <source>Continued-weight price</source>
      <translation>续重价格</translation>
    </message>
    <message>
      <source>Waybill fee</source>
      <translation>面单费</translation>
    </message>
    <message>
      <source>Price per kg</source>
      <translation>每公斤价格</translation>
    </message>
    <message>
      <source>Flat price</source>
      <translation>一口价</translation>
    </message>
    <message>
      <source>Minimum charge</source>
      <translation>最低收费</translation>
    </message>
    <message>
      <source>Surcharge</source>
      <translation>附加费</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <source>Paid by</source>
      <translation>承担方</translation>
    </message>
    <message>
      <source>Rate card</source>
      <translation>报价单</translation>
    </message>
    <message>
      <source>Box and filling (g)</source>
      <translation>纸箱和填充物（克）</translation>
    </message>
    <message>
      <source>Foam box (g)</source>
      <translation>泡沫箱（克）</translation>
    </message>
    <message>
      <source>Ice packs</source>
      <translation>冰袋个数</translation>
    </message>
    <message>
      <source>Weight of one ice pack (g)</source>
      <translation>每个冰袋重量（克）</translation>
    </message>
    <message>
      <source>Platform fee %</source>
      <translation>平台技术服务费 %</translation>
    </message>
    <message>
      <source>Payment fee %</source>
      <translation>支付通道费 %</translation>
    </message>
    <message>
      <source>Influencer commission %</source>
      <translation>达人佣金 %</translation>
    </message>
    <message>
      <source>Expected damage and claims %</source>
      <translation>预计坏损赔付 %</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <source>Remote-area surcharge</source>
      <translation>偏远附加费</translation>
    </message>
    <message>
      <source>Remote surcharge paid by</source>
      <translation>偏远附加费承担方</translation>
    </message>
    <message>
      <source>Second-leg transit fee</source>
      <translation>中转费（二段运费）</translation>
    </message>
    <message>
      <source>Transit fee paid by</source>
      <translation>中转费承担方</translation>
    </message>
    <message>
      <source>Cold-chain packaging fee</source>
      <translation>冷链包装费</translation>
    </message>
    <message>
      <source>Cold-chain packaging paid by</source>
      <translation>冷链包装费承担方</translation>
    </message>
    <message>
      <source>Fuel surcharge %</source>
      <translation>燃油附加费率 %</translation>
    </message>
    <message>
      <source>Example</source>
      <translation>示例</translation>
    </message>
    <message>
      <source>First weight + continued weight</source>
      <translation>首重 + 续重</translation>
    </message>
    <message>
      <source>Waybill fee + price per kg</source>
      <translation>面单费 + 每公斤价格</translation>
    </message>
    <message>
      <source>Flat price up to a weight, then by weight</source>
      <translation>一定重量内一口价，超出按重量计</translation>
    </message>
    <message>
      <source>Fixed price per weight band</source>
      <translation>按重量段固定价格</translation>
    </message>
    <message>
      <source>Minimum charge, then price per kg</source>
      <translation>最低收费，再按每公斤计</translation>
    </message>
    <message>
      <source>Round up</source>
      <translation>向上取整</translation>
    </message>
    <message>
      <source>Round half up</source>
      <translation>四舍五入</translation>
    </message>
    <message>
      <source>Exact weight</source>
      <translation>按实重（不取整）</translation>
    </message>
    <message>
      <source>Fuel surcharge</source>
      <translation>燃油附加费</translation>
    </message>
    <message>
      <source>seller</source>
      <translation>卖家</translation>
    </message>
    <message>
      <source>platform</source>
      <translation>平台</translation>
    </message>
    <message>
      <source>buyer</source>
      <translation>买家</translation>
    </message>
    <message>
      <source>Free shipping</source>
      <translation>包邮</translation>
    </message>
    <message>
      <source>Buyer pays shipping</source>
      <translation>买家付运费</translation>
    </message>
    <message>
      <source>Do not deliver</source>
      <translation>不发货</translation>
    </message>
    <message>
      <source>{field}: no province called “{value}”.</source>
      <translation>{field}：没有叫“{value}”的省份。</translation>
    </message>
    <message>
      <source>{field}: “{value}” is not a divisor (a whole number of cm³ per kg such as 6000, 8000 or 12000; empty or 0 when volume is not charged).</source>
      <translation>{field}：“{value}”不是抛比（应为每公斤立方厘米数的整数，如 6000、8000 或 12000；不计泡时留空或填 0）。</translation>
    </message>
    <message>
      <source>{field}: “{value}” g is not a usable weight.</source>
      <translation>{field}：“{value}”克不是有效重量。</translation>
    </message>
    <message>
      <source>{field}: “{value}” fen is not a usable amount.</source>
      <translation>{field}：“{value}”分不是有效金额。</translation>
    </message>
    <message>
      <source>{field}: “{value}” is not a percentage from 0 to 100.</source>
      <translation>{field}：“{value}”不是 0 到 100 之间的百分比。</translation>
    </message>
    <message>
      <source>{field}: “{value}” is not a number of days from 0 to 60.</source>
      <translation>{field}：“{value}”不是 0 到 60 之间的天数。</translation>
    </message>
    <message>
      <source>{field}: “{value}” cm is not a usable size.</source>
      <translation>{field}：“{value}”厘米不是有效尺寸。</translation>
    </message>
    <message>
      <source>{field}: “{value}” is not a count from 0 to 50.</source>
      <translation>{field}：“{value}”不是 0 到 50 之间的个数。</translation>
    </message>
    <message>
      <source>{field}: {value} is already in zone “{other}”; a province belongs to one zone.</source>
      <translation>{field}：{value}已在区域“{other}”里；一个省份只能属于一个区域。</translation>
    </message>
    <message>
      <source>{field}: the band ends ({max} g) where it starts ({min} g).</source>
      <translation>{field}：这个重量段的截止重量（{max} 克）不大于起始重量（{min} 克）。</translation>
    </message>
    <message>
      <source>{field}: the band before has no upper limit, so no band can follow it.</source>
      <translation>{field}：上一个重量段没有截止重量，后面不能再有重量段。</translation>
    </message>
    <message>
      <source>{field}: the band starts at {min} g but the one before ends at {previous_max} g: weights in between would have no price.</source>
      <translation>{field}：这个重量段从 {min} 克开始，而上一段到 {previous_max} 克就结束了：中间的重量没有价格。</translation>
    </message>
    <message>
      <source>{field}: the band starts at {min} g, inside the one before (which ends at {previous_max} g).</source>
      <translation>{field}：这个重量段从 {min} 克开始，与上一段（到 {previous_max} 克）重叠。</translation>
    </message>
    <message>
      <source>{field}: the prices this pricing model needs are missing ({model}).</source>
      <translation>{field}：缺少这种计价方式需要的价格（{model}）。</translation>
    </message>
    <message>
      <source>{field}: {carrier} {service} appears twice with the same origin and start date.</source>
      <translation>{field}：{carrier} {service} 出现了两次，始发省和生效日期都相同。</translation>
    </message>
    <message>
      <source>{field}: the fees add up to {total}%, nothing is left.</source>
      <translation>{field}：各项费用合计 {total}%，什么都不剩了。</translation>
    </message>
    <message>
      <source>column {position} “{column}” is not a rate-card column.</source>
      <translation>第 {position} 列“{column}”不是报价单的列名。</translation>
    </message>
    <message>
      <source>the column “{column}” appears twice.</source>
      <translation>列“{column}”出现了两次。</translation>
    </message>
    <message>
      <source>the column {field} is missing.</source>
      <translation>缺少“{field}”这一列。</translation>
    </message>
    <message>
      <source>{field}: differs from the card's first row (card-level columns must agree on every row).</source>
      <translation>{field}：与这张报价单第一行不同（报价单级别的列在每一行都必须一致）。</translation>
    </message>
    <message>
      <source>{field}: differs from the zone's first row (zone-level columns must agree on every row).</source>
      <translation>{field}：与这个区域第一行不同（区域级别的列在每一行都必须一致）。</translation>
    </message>
    <message>
      <source>{field}: “{value}” has more than three decimals (grams).</source>
      <translation>{field}：“{value}”的小数超过三位（精确到克即可）。</translation>
    </message>
    <message>
      <source>No province called “{value}”.</source>
      <translation>没有叫“{value}”的省份。</translation>
    </message>
    <message>
      <source>{carrier} does not deliver to {province} (no zone lists it).</source>
      <translation>{carrier}不送{province}（报价单的区域里没有这个省）。</translation>
    </message>
    <message>
      <source>A parcel of {weight} kg is heavier than this card allows ({max} kg).</source>
      <translation>一件 {weight} 公斤的包裹超过了这张报价单的限重（{max} 公斤）。</translation>
    </message>
    <message>
      <source>Nothing to ship: {units} units of {weight} kg.</source>
      <translation>没有可寄的东西：{units} 件，每件 {weight} 公斤。</translation>
    </message>
    <message>
      <source>“{value}” is not a box size: give length × width × height in cm, e.g. 40x30x25.</source>
      <translation>“{value}”不是箱子尺寸：请按“长×宽×高”（厘米）填写，例如 40x30x25。</translation>
    </message>
    <message>
      <source>A weight band lacks the prices its pricing model needs.</source>
      <translation>有一个重量段缺少其计价方式需要的价格。</translation>
    </message>
    <message>
      <source>“{sku}” has no live price; give one.</source>
      <translation>“{sku}”没有直播价，请先填写。</translation>
    </message>
    <message>
      <source>“{sku}” has no weight; enter its net or gross weight first.</source>
      <translation>“{sku}”没有重量，请先填写净重或毛重。</translation>
    </message>
    <message>
      <source>“{sku}” has no known origin province (“{value}”); it decides which rate cards apply.</source>
      <translation>“{sku}”的产地省份无法识别（“{value}”）；用哪张报价单由始发省决定。</translation>
    </message>
    <message>
      <source>That rate card no longer exists.</source>
      <translation>这张报价单已经不存在了。</translation>
    </message>
    <message>
      <source>No packaging preset called “{name}”.</source>
      <translation>没有叫“{name}”的包装方案。</translation>
    </message>
    <message>
      <source>No fee profile called “{name}”.</source>
      <translation>没有叫“{name}”的平台费率方案。</translation>
    </message>
    <message>
      <source>This file is neither UTF-8 nor GBK/GB18030 text; save it from Excel or WPS as CSV and try again.</source>
      <translation>这个文件既不是 UTF-8 也不是 GBK/GB18030 文本；请在 Excel 或 WPS 中另存为 CSV 后再试。</translation>
    </message>
    <message>
      <source>The file is too large ({size} bytes; at most {limit}).</source>
      <translation>文件太大（{size} 字节；最多 {limit}）。</translation>
    </message>
    <message>
      <source>The file has more than {limit} rows.</source>
      <translation>文件超过 {limit} 行。</translation>
    </message>
    <message>
      <source>The file is empty.</source>
      <translation>文件是空的。</translation>
    </message>
    <message>
      <source>The file has a header but no rows.</source>
      <translation>文件只有表头，没有数据行。</translation>
    </message>
    <message>
      <source>The file is not valid CSV (line {line}): {reason}.</source>
      <translation>文件不是有效的 CSV（第 {line} 行）：{reason}。</translation>
    </message>
    <message>
      <source>The rate-card file was refused; nothing was imported.</source>
      <translation>报价单文件被拒收，什么都没有导入。</translation>
    </message>
    <message>
      <source>Give the parcel's weight with --weight-kg.</source>
      <translation>请用 --weight-kg 给出包裹重量。</translation>
    </message>
    <message>
      <source>No rate card in force matches (origin {origin}, carrier {carrier}).</source>
      <translation>没有符合条件且正在生效的报价单（始发省 {origin}，快递公司 {carrier}）。</translation>
    </message>
    <message>
      <source>Province code</source>
      <translation>省份代码</translation>
    </message>
    <message>
      <source>Policy</source>
      <translation>运费政策</translation>
    </message>
    <message>
      <source>Buyer pays (yuan)</source>
      <translation>买家付运费（元）</translation>
    </message>
    <message>
      <source>Shipping (yuan)</source>
      <translation>运费（元）</translation>
    </message>
    <message>
      <source>Margin (yuan)</source>
      <translation>毛利（元）</translation>
    </message>
    <message>
      <source>Break-even price (yuan)</source>
      <translation>保本价（元）</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Fresh goods may freeze on the way to {province} in winter.</source>
      <translation>冬季寄往{province}，生鲜在途中可能冻坏。</translation>
    </message>
    <message>
      <source>{days} days in transit is longer than the shelf life of {shelf_life} days.</source>
      <translation>在途 {days} 天，超过了 {shelf_life} 天的保质期。</translation>
    </message>
    <message>
      <source>No rate card from this origin is in force.</source>
      <translation>这个始发省没有正在生效的报价单。</translation>
    </message>
    <message>
      <source>Even a shipping fee as large as the shipping cost would not reach the target margin of {target} (break-even price {break_even}).</source>
      <translation>即使让买家付全部运费，也达不到 {target} 元的目标毛利（保本价 {break_even} 元）。</translation>
    </message>
    <message>
      <source>Line {line}: {text}</source>
      <translation>第 {line} 行：{text}</translation>
    </message>
    <message>
      <source>Actual weight: {units} × {unit} kg + packing {packing} kg = {actual} kg</source>
      <translation>实重：{units} × {unit} 公斤 + 包装 {packing} 公斤 = {actual} 公斤</translation>
    </message>
    <message>
      <source>Volumetric weight: {length} × {width} × {height} cm ÷ {divisor} = {volumetric} kg</source>
      <translation>体积重：{length} × {width} × {height} 厘米 ÷ {divisor} = {volumetric} 公斤</translation>
    </message>
    <message>
      <source>Volume is not charged by this card</source>
      <translation>这张报价单不计泡</translation>
    </message>
    <message>
      <source>No box size known: volume not counted</source>
      <translation>不知道箱子尺寸：未计体积重</translation>
    </message>
    <message>
      <source>Chargeable weight: {measured} kg read as {chargeable} kg (first {first} kg, steps of {step} kg, {rounding})</source>
      <translation>计费重：{measured} 公斤按 {chargeable} 公斤计（首重 {first} 公斤，续重每 {step} 公斤一档，{rounding}）</translation>
    </message>
    <message>
      <source>Zone: {zone} ({province})</source>
      <translation>区域：{zone}（{province}）</translation>
    </message>
    <message>
      <source>Freight: {first_price} + {steps} × {additional} = {base}</source>
      <translation>运费：{first_price} + {steps} × {additional} = {base}</translation>
    </message>
    <message>
      <source>Freight: {waybill} + {chargeable} kg × {per_kg} = {base}</source>
      <translation>运费：{waybill} + {chargeable} 公斤 × {per_kg} = {base}</translation>
    </message>
    <message>
      <source>Freight: flat price for {band} = {base}</source>
      <translation>运费：{band} 一口价 = {base}</translation>
    </message>
    <message>
      <source>Freight: the larger of {min_charge} and {chargeable} kg × {per_kg} = {base}</source>
      <translation>运费：{min_charge} 与 {chargeable} 公斤 × {per_kg} 取较大者 = {base}</translation>
    </message>
    <message>
      <source>(at least the minimum charge of {min_charge})</source>
      <translation>（不低于最低收费 {min_charge}）</translation>
    </message>
    <message>
      <source>{name}: {amount} (paid by the {payer})</source>
      <translation>{name}：{amount}（由{payer}承担）</translation>
    </message>
    <message>
      <source>Insurance: {value} × {rate}% = {raw}, at least {minimum}: {fee}</source>
      <translation>保价费：{value} × {rate}% = {raw}，最低 {minimum}：{fee}</translation>
    </message>
    <message>
      <source>Shipping paid by the seller: {total}</source>
      <translation>卖家付运费：{total}</translation>
    </message>
    <message>
      <source>Parcel {n} of {count}: {units} units</source>
      <translation>第 {n} 件包裹（共 {count} 件）：{units} 份</translation>
    </message>
    <message>
      <source>Shipping for the order: {total}</source>
      <translation>整单运费：{total}</translation>
    </message>
    <message>
      <source>Fees: {revenue} × {pct}% = {fees}</source>
      <translation>平台等费用：{revenue} × {pct}% = {fees}</translation>
    </message>
    <message>
      <source>Margin: {revenue} − goods {cost} − packaging {packaging} − shipping {shipping} − fees {fees} = {margin}</source>
      <translation>毛利：{revenue} − 货品 {cost} − 包装 {packaging} − 运费 {shipping} − 费用 {fees} = {margin}</translation>
    </message>
    <message>
      <source>Break-even price: {price}</source>
      <translation>保本价：{price}</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Box size L×W×H (cm)</source>
      <translation>箱子尺寸 长×宽×高（厘米）</translation>
    </message>
    <message>
      <source>Target margin</source>
      <translation>目标毛利</translation>
    </message>
  </context>
  <context>
    <name>NewProductDialog</name>
    <message>
      <source>New product</source>
      <translation>新建商品</translation>
    </message>
    <message>
      <source>e.g. 云南漾濞核桃 1kg</source>
      <translation>例如：云南漾濞核桃 1kg</translation>
    </message>
    <message>
      <source>Everything else (prices, origin, evidence, photos) is filled in the editor afterwards; each change is saved as you make it.</source>
      <translation>其他信息（价格、产地、依据、图片）之后在编辑页填写；每处修改都会立即保存。</translation>
    </message>
    <message>
      <source>New product %1</source>
      <translation>新建商品 %1</translation>
    </message>
  </context>
  <context>
    <name>NewSessionDialog</name>
    <message>
      <source>New broadcast session</source>
      <translation>新建直播场次</translation>
    </message>
    <message>
      <source>Broadcast %1</source>
      <translation>%1 直播</translation>
    </message>
    <message>
      <source>Session title</source>
      <translation>场次名称</translation>
    </message>
    <message>
      <source>&amp;Rehearsal (a practice run, not on air for real)</source>
      <translation>彩排(&amp;R)（练习，不是正式直播）</translation>
    </message>
    <message>
      <source>Each session keeps its own checklist ticks and the gate as it stood when you went on air.</source>
      <translation>每个场次单独保存清单勾选记录，以及开播时的检查结果。</translation>
    </message>
    <message>
      <source>&amp;Title</source>
      <translation>名称(&amp;T)</translation>
    </message>
    <message>
      <source>&amp;Create</source>
      <translation>新建(&amp;C)</translation>
    </message>
  </context>
  <context>
    <name>NutritionClaims</name>
    <message>
      <source>Energy-free</source>
      <translation>无能量</translation>
    </message>
    <message>
      <source>Low energy</source>
      <translation>低能量</translation>
    </message>
    <message>
      <source>Source of protein</source>
      <translation>蛋白质来源</translation>
    </message>
    <message>
      <source>High in protein</source>
      <translation>高蛋白质</translation>
    </message>
    <message>
      <source>Fat-free</source>
      <translation>无脂肪</translation>
    </message>
    <message>
      <source>Low fat</source>
      <translation>低脂肪</translation>
    </message>
    <message>
      <source>Free of saturated fat</source>
      <translation>无饱和脂肪</translation>
    </message>
    <message>
      <source>Low in saturated fat</source>
      <translation>低饱和脂肪</translation>
    </message>
    <message>
      <source>Free of trans fat</source>
      <translation>无反式脂肪酸</translation>
    </message>
    <message>
      <source>Cholesterol-free</source>
      <translation>无胆固醇</translation>
    </message>
    <message>
      <source>Low cholesterol</source>
      <translation>低胆固醇</translation>
    </message>
    <message>
      <source>Sugar-free</source>
      <translation>无糖</translation>
    </message>
    <message>
      <source>Low sugar</source>
      <translation>低糖</translation>
    </message>
    <message>
      <source>Source of dietary fibre</source>
      <translation>膳食纤维来源</translation>
    </message>
    <message>
      <source>High in dietary fibre</source>
      <translation>高膳食纤维</translation>
    </message>
    <message>
      <source>Sodium-free</source>
      <translation>无钠</translation>
    </message>
    <message>
      <source>Very low sodium</source>
      <translation>极低钠</translation>
    </message>
    <message>
      <source>Low sodium</source>
      <translation>低钠</translation>
    </message>
    <message>
      <source>Source of %1</source>
      <translation>%1来源</translation>
    </message>
    <message>
      <source>High in %1</source>
      <translation>高%1</translation>
    </message>
    <message>
      <source>May be said</source>
      <translation>可以说</translation>
    </message>
    <message>
      <source>Must not be said</source>
      <translation>不得说</translation>
    </message>
    <message>
      <source>No data: may not be said until measured</source>
      <translation>缺少数据：检测之前不得说</translation>
    </message>
    <message>
      <source>100 mL</source>
      <translation>100毫升</translation>
    </message>
    <message>
      <source>100 g</source>
      <translation>100克</translation>
    </message>
    <message>
      <source>%1: not measured.</source>
      <translation>%1：未检测。</translation>
    </message>
    <message>
      <source>%1: %2 %3 per %4, within the %5 %3 allowed.</source>
      <translation>%1：每%4含%2 %3，未超过允许的%5 %3。</translation>
    </message>
    <message>
      <source>%1: %2 %3 per %4, more than the %5 %3 allowed.</source>
      <translation>%1：每%4含%2 %3，超过允许的%5 %3。</translation>
    </message>
    <message>
      <source>%1: %2 %3 per %4, at least the %5 %3 needed.</source>
      <translation>%1：每%4含%2 %3，达到要求的%5 %3。</translation>
    </message>
    <message>
      <source>%1: %2 %3 per %4, less than the %5 %3 needed.</source>
      <translation>%1：每%4含%2 %3，低于要求的%5 %3。</translation>
    </message>
    <message>
      <source>Needs fat and energy: fat may give at most half of the energy.</source>
      <translation>需要脂肪和能量数据：脂肪提供的能量不得超过总能量的一半。</translation>
    </message>
    <message>
      <source>Needs saturated fat and energy: it may give at most 10 % of the energy.</source>
      <translation>需要饱和脂肪和能量数据：饱和脂肪提供的能量不得超过总能量的10 %。</translation>
    </message>
    <message>
      <source>Fat gives %1 kJ of the %2 kJ, more than half of the energy.</source>
      <translation>脂肪提供%2 kJ中的%1 kJ，超过总能量的一半。</translation>
    </message>
    <message>
      <source>Fat gives %1 kJ of the %2 kJ, at most half of the energy.</source>
      <translation>脂肪提供%2 kJ中的%1 kJ，未超过总能量的一半。</translation>
    </message>
    <message>
      <source>Saturated fat gives %1 kJ of the %2 kJ, more than 10 % of the energy.</source>
      <translation>饱和脂肪提供%2 kJ中的%1 kJ，超过总能量的10 %。</translation>
    </message>
    <message>
      <source>Saturated fat gives %1 kJ of the %2 kJ, at most 10 % of the energy.</source>
      <translation>饱和脂肪提供%2 kJ中的%1 kJ，未超过总能量的10 %。</translation>
    </message>
    <message>
      <source>Needs saturated and trans fat: together at most 0.1 g.</source>
      <translation>需要饱和脂肪和反式脂肪数据：两者合计不得超过0.1 g。</translation>
    </message>
    <message>
      <source>Saturated and trans fat together are %1 g, more than 0.1 g.</source>
      <translation>饱和脂肪与反式脂肪合计%1 g，超过0.1 g。</translation>
    </message>
    <message>
      <source>Also needs low saturated fat, which these values do not meet.</source>
      <translation>还须符合低饱和脂肪，这些数值不符合。</translation>
    </message>
    <message>
      <source>Also needs low saturated fat, which is not yet measured.</source>
      <translation>还须符合低饱和脂肪，但尚未检测。</translation>
    </message>
    <message>
      <source>This claim cannot be made for values per %1.</source>
      <translation>按每%1标示的产品不能作此声称。</translation>
    </message>
  </context>
  <context>
    <name>NutritionModel</name>
    <message>
      <source>Nutrient</source>
      <translation>营养成分</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>含量</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Declared</source>
      <translation>标示值</translation>
    </message>
    <message>
      <source>NRV %</source>
      <translation>NRV%</translation>
    </message>
    <message>
      <source>The measured amount, from the test report; empty means not measured</source>
      <translation>检测报告中的实测含量；留空表示未检测</translation>
    </message>
    <message>
      <source>Unit of the amount</source>
      <translation>含量的单位</translation>
    </message>
    <message>
      <source>The value the label shows: rounded, 0 at or below the “0” limit</source>
      <translation>标签上标示的数值：按修约间隔修约，不超过“0”界限值时标示为0</translation>
    </message>
    <message>
      <source>Share of the nutrient reference value, from the declared value</source>
      <translation>按标示值计算的营养素参考值百分比</translation>
    </message>
    <message>
      <source>Reference value (GB 28050-%1): %2 %3</source>
      <translation>营养素参考值（GB 28050-%1）：%2 %3</translation>
    </message>
  </context>
  <context>
    <name>NutritionPanel</name>
    <message>
      <source>Preview: NRV % and claims under GB 28050-%1, not the edition in force today.</source>
      <translation>预览：按GB 28050-%1计算NRV%和声称，这不是现行版本。</translation>
    </message>
    <message>
      <source>NRV % and claims follow GB 28050-%1, in force today; GB 28050-2025 applies from %2.</source>
      <translation>NRV%和声称按现行的GB 28050-%1计算；GB 28050-2025自%2起实施。</translation>
    </message>
    <message>
      <source>NRV % and claims follow GB 28050-%1, in force since %2.</source>
      <translation>NRV%和声称按GB 28050-%1计算，自%2起实施。</translation>
    </message>
    <message>
      <source>Preview GB 28050-%1</source>
      <translation>预览GB 28050-%1</translation>
    </message>
    <message>
      <source>Judged on the stored values per %1; a claim word not listed here is not a nutrient content claim.</source>
      <translation>按已保存的每%1数值判断；未列在这里的词语不属于营养成分含量声称。</translation>
    </message>
    <message>
      <source>Choose a nutrient to add…</source>
      <translation>选择要添加的营养成分…</translation>
    </message>
    <message>
      <source>100 mL</source>
      <translation>100毫升</translation>
    </message>
    <message>
      <source>100 g</source>
      <translation>100克</translation>
    </message>
    <message>
      <source>Values per</source>
      <translation>数值按</translation>
    </message>
    <message>
      <source>per 100 g (solid food)</source>
      <translation>每100克（固体食品）</translation>
    </message>
    <message>
      <source>per 100 mL (liquids)</source>
      <translation>每100毫升（液体）</translation>
    </message>
    <message>
      <source>Shows the other edition's NRV % and claims; nothing is stored.</source>
      <translation>显示另一版本的NRV%和声称，不会保存。</translation>
    </message>
    <message>
      <source>Nutrition facts</source>
      <translation>营养成分表</translation>
    </message>
    <message>
      <source>Type the amounts from the test report. Enter or F2 edits the selected row, Tab moves to the next one; an empty amount means not measured.</source>
      <translation>按检测报告填写含量。回车或F2编辑选中的行，Tab跳到下一行；留空表示未检测。</translation>
    </message>
    <message>
      <source>Add nutrient</source>
      <translation>添加营养成分</translation>
    </message>
    <message>
      <source>Nutrient content claims</source>
      <translation>营养成分含量声称</translation>
    </message>
  </context>
  <context>
    <name>OperatorWindow</name>
    <message>
      <source>On air: %1 — VillageCast</source>
      <translation>直播中：%1 — VillageCast</translation>
    </message>
    <message>
      <source>Rehearsal: %1 — VillageCast</source>
      <translation>彩排：%1 — VillageCast</translation>
    </message>
    <message>
      <source>REHEARSAL</source>
      <translation>彩排</translation>
    </message>
    <message>
      <source>A practice run on the demo catalogue: sales and notes go to the demo catalogue only, never to your own.</source>
      <translation>这是用演示目录做的练习：成交和记录只写进演示目录，不会写进你自己的目录。</translation>
    </message>
    <message>
      <source>&amp;Finish show…</source>
      <translation>结束直播(&amp;F)…</translation>
    </message>
    <message>
      <source>End the show: the record is closed and the report is offered</source>
      <translation>结束直播：记录会关闭，并提供报告</translation>
    </message>
    <message>
      <source>&amp;Sell</source>
      <translation>销售(&amp;S)</translation>
    </message>
    <message>
      <source>S&amp;cript</source>
      <translation>话术(&amp;C)</translation>
    </message>
    <message>
      <source>C&amp;orrections</source>
      <translation>更正(&amp;O)</translation>
    </message>
    <message>
      <source>C&amp;hecklist</source>
      <translation>检查清单(&amp;H)</translation>
    </message>
    <message>
      <source>P&amp;rompter</source>
      <translation>提词器(&amp;R)</translation>
    </message>
    <message>
      <source>On air: %1 of %2 · %3: %4</source>
      <translation>直播中：第 %1 / %2 段 · %3：%4</translation>
    </message>
    <message>
      <source>This segment %1 of %2 · the show %3 of %4</source>
      <translation>本段已用 %1 / 计划 %2 · 全场已用 %3 / 计划 %4</translation>
    </message>
  </context>
  <context>
    <name>PackActions</name>
    <message>
      <source>&amp;Export rule pack…</source>
      <translation>导出规则包(&amp;E)…</translation>
    </message>
    <message>
      <source>Save the rule pack in use as a file a trainer can edit</source>
      <translation>把正在使用的规则包存成文件，供培训老师修改</translation>
    </message>
    <message>
      <source>&amp;Import rule pack…</source>
      <translation>导入规则包(&amp;I)…</translation>
    </message>
    <message>
      <source>Use a rule pack from a file; a pack with any error is refused whole</source>
      <translation>使用文件中的规则包；有任何错误的规则包整体拒收</translation>
    </message>
    <message>
      <source>&amp;Restore the built-in rule pack</source>
      <translation>恢复内置规则包(&amp;R)</translation>
    </message>
    <message>
      <source>Export rule pack</source>
      <translation>导出规则包</translation>
    </message>
    <message>
      <source>Rule packs (*.json)</source>
      <translation>规则包 (*.json)</translation>
    </message>
    <message>
      <source>The rule pack was not exported.</source>
      <translation>规则包未导出。</translation>
    </message>
    <message>
      <source>Rule pack exported to %1</source>
      <translation>规则包已导出到 %1</translation>
    </message>
    <message>
      <source>Import rule pack</source>
      <translation>导入规则包</translation>
    </message>
    <message>
      <source>Rule packs (*.json);;All files (*)</source>
      <translation>规则包 (*.json);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
      <source>The rule pack in “%1” was refused; nothing was changed. %n reason(s):</source>
      <translation>
        <numerusform>“%1”中的规则包未通过校验，没有做任何改动。原因共 %n 条：</numerusform>
      </translation>
    </message>
    <message>
      <source>The rule pack was not imported; nothing was changed.</source>
      <translation>规则包未导入，没有做任何改动。</translation>
    </message>
    <message>
      <source>Rule pack “%1” in use: %2 checklist items, %3 terms.</source>
      <translation>正在使用规则包“%1”：清单 %2 项，用语 %3 条。</translation>
    </message>
    <message>
      <source>Restore the built-in rule pack</source>
      <translation>恢复内置规则包</translation>
    </message>
    <message>
      <source>Stop using the imported rule pack and go back to the one VillageCast ships? Export it first if you want to keep it.</source>
      <translation>停用导入的规则包，改回软件自带的规则包？如需保留，请先导出。</translation>
    </message>
    <message>
      <source>The built-in rule pack could not be restored.</source>
      <translation>无法恢复内置规则包。</translation>
    </message>
    <message>
      <source>The built-in rule pack is in use.</source>
      <translation>正在使用内置规则包。</translation>
    </message>
    <message numerus="yes">
      <source>… and %n more (see Details).</source>
      <translation>
        <numerusform>……另有 %n 条（见详细信息）。</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PhotosPanel</name>
    <message>
      <source>Photos</source>
      <translation>商品图片</translation>
    </message>
    <message>
      <source>The first photo is the cover. Add JPEG or PNG photos, or drop them here; location and camera data are removed from the kept copies.</source>
      <translation>第一张是封面。添加JPEG或PNG图片，或把文件拖到这里；保存的副本会去掉位置和相机信息。</translation>
    </message>
    <message>
      <source>Add photos…</source>
      <translation>添加图片…</translation>
    </message>
    <message>
      <source>Choose JPEG or PNG photos to add</source>
      <translation>选择要添加的JPEG或PNG图片</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>Remove the selected photo (Delete)</source>
      <translation>删除选中的图片（Delete）</translation>
    </message>
    <message>
      <source>Move left</source>
      <translation>左移</translation>
    </message>
    <message>
      <source>Move the selected photo one place earlier (Ctrl+Left)</source>
      <translation>把选中的图片往前移一位（Ctrl+←）</translation>
    </message>
    <message>
      <source>Move right</source>
      <translation>右移</translation>
    </message>
    <message>
      <source>Move the selected photo one place later (Ctrl+Right)</source>
      <translation>把选中的图片往后移一位（Ctrl+→）</translation>
    </message>
    <message>
      <source>Make cover</source>
      <translation>设为封面</translation>
    </message>
    <message>
      <source>Make the selected photo the first one, the cover</source>
      <translation>把选中的图片移到第一张，作为封面</translation>
    </message>
    <message>
      <source>Photos of this product</source>
      <translation>本商品的图片</translation>
    </message>
    <message>
      <source>Cover</source>
      <translation>封面</translation>
    </message>
    <message>
      <source>%1, %2 × %3 pixels</source>
      <translation>%1，%2 × %3 像素</translation>
    </message>
    <message>
      <source>photo</source>
      <translation>图片</translation>
    </message>
    <message>
      <source>The file is missing from the attachments folder: %1</source>
      <translation>附件文件夹中缺少这个文件：%1</translation>
    </message>
    <message>
      <source>No photos yet.</source>
      <translation>还没有图片。</translation>
    </message>
    <message>
      <source>The file is missing: %1</source>
      <translation>文件缺失：%1</translation>
    </message>
    <message>
      <source>Remove photo</source>
      <translation>删除图片</translation>
    </message>
    <message>
      <source>Move photo</source>
      <translation>移动图片</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation>未保存</translation>
    </message>
    <message>
      <source>JPEG or PNG photos</source>
      <translation>JPEG或PNG图片</translation>
    </message>
    <message>
      <source>Add photos</source>
      <translation>添加图片</translation>
    </message>
    <message>
      <source>Importing photos…</source>
      <translation>正在导入图片…</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>停止</translation>
    </message>
    <message>
      <source>Photo %1 of %2: %3</source>
      <translation>第%1张，共%2张：%3</translation>
    </message>
    <message>
      <source>This photo is already one of the product's photos; it was not added twice.</source>
      <translation>这张图片已在本商品的图片中，没有重复添加。</translation>
    </message>
    <message numerus="yes">
      <source>Add %n photo(s)</source>
      <translation>
        <numerusform>添加%n张图片</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 of %2</source>
      <translation>%2的%1</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
      <source>These files were not added:</source>
      <translation>
        <numerusform>以下文件没有添加：</numerusform>
      </translation>
    </message>
    <message>
      <source>Some photos were not added</source>
      <translation>部分图片没有添加</translation>
    </message>
  </context>
  <context>
    <name>PlanDetail</name>
    <message>
      <source>Carrier</source>
      <translation>快递公司</translation>
    </message>
    <message>
      <source>Zone</source>
      <translation>区域</translation>
    </message>
    <message>
      <source>Shipping</source>
      <translation>运费</translation>
    </message>
    <message>
      <source>Margin</source>
      <translation>毛利</translation>
    </message>
    <message>
      <source>Break-even</source>
      <translation>保本价</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>说明</translation>
    </message>
    <message>
      <source>Every carrier for this province</source>
      <translation>这个省份的所有快递</translation>
    </message>
    <message>
      <source>How the shipping and margin are worked out</source>
      <translation>运费和毛利是怎么算出来的</translation>
    </message>
    <message>
      <source>Pick a province in the table or on the map.</source>
      <translation>请在表格或地图上选一个省份。</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1：%2</translation>
    </message>
    <message>
      <source>best</source>
      <translation>最优</translation>
    </message>
    <message>
      <source>Break-even price per unit: %1</source>
      <translation>每件保本价：%1</translation>
    </message>
  </context>
  <context>
    <name>PlanInputs</name>
    <message>
      <source>&amp;Product</source>
      <translation>产品(&amp;P)</translation>
    </message>
    <message>
      <source>&amp;Quantity</source>
      <translation>数量(&amp;Q)</translation>
    </message>
    <message>
      <source>Pac&amp;kaging</source>
      <translation>包装(&amp;K)</translation>
    </message>
    <message>
      <source>&amp;Fees</source>
      <translation>平台费率(&amp;F)</translation>
    </message>
    <message>
      <source>Live price (&amp;yuan)</source>
      <translation>直播价（元）(&amp;Y)</translation>
    </message>
    <message>
      <source>&amp;Target margin (yuan)</source>
      <translation>目标毛利（元）(&amp;T)</translation>
    </message>
    <message>
      <source>SKU, name or pinyin</source>
      <translation>货号、名称或拼音</translation>
    </message>
    <message>
      <source>Type part of the SKU, the name or its pinyin initials to find a product</source>
      <translation>输入货号、名称的一部分或拼音首字母来找产品</translation>
    </message>
    <message>
      <source>Units per order (one parcel unless the card's weight limit splits it)</source>
      <translation>每单件数（一个包裹，除非超过报价单的单件限重而拆包）</translation>
    </message>
    <message>
      <source>The box the order ships in. As packed: the product's own carton, with its gross weight and size from the product</source>
      <translation>订单用的箱子。原包装：产品自带的纸箱，毛重和尺寸取自产品资料</translation>
    </message>
    <message>
      <source>The platform fee profile: its percentages are taken from the price</source>
      <translation>平台费率方案：按售价的百分比扣除</translation>
    </message>
    <message>
      <source>The live price per unit, in yuan; prefilled from the product</source>
      <translation>每件的直播价（元），默认取自产品资料</translation>
    </message>
    <message>
      <source>The least an order should earn; provinces below it get no free shipping</source>
      <translation>每单至少要赚的钱；达不到的省份不包邮</translation>
    </message>
    <message>
      <source>&amp;Export policy CSV…</source>
      <translation>导出运费政策 CSV(&amp;E)…</translation>
    </message>
    <message>
      <source>Save the policy per province as a CSV file for Excel or WPS</source>
      <translation>把各省的运费政策存为 CSV 文件，可用 Excel 或 WPS 打开</translation>
    </message>
    <message>
      <source>As packed (own carton)</source>
      <translation>原包装（产品自带纸箱）</translation>
    </message>
    <message>
      <source>No fees (0 %)</source>
      <translation>不计平台费（0 %）</translation>
    </message>
    <message>
      <source>%1 (%2 %)</source>
      <translation>%1（%2 %）</translation>
    </message>
  </context>
  <context>
    <name>PlanModel</name>
    <message>
      <source>Province</source>
      <translation>省份</translation>
    </message>
    <message>
      <source>Best carrier</source>
      <translation>最优快递</translation>
    </message>
    <message>
      <source>Zone</source>
      <translation>区域</translation>
    </message>
    <message>
      <source>Shipping</source>
      <translation>运费</translation>
    </message>
    <message>
      <source>Margin</source>
      <translation>毛利</translation>
    </message>
    <message>
      <source>Break-even</source>
      <translation>保本价</translation>
    </message>
    <message>
      <source>Policy</source>
      <translation>政策</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
  </context>
  <context>
    <name>PlanTab</name>
    <message>
      <source>Province map coloured by margin</source>
      <translation>按毛利着色的省份地图</translation>
    </message>
    <message>
      <source>Shipping and margin per province</source>
      <translation>各省运费和毛利</translation>
    </message>
    <message>
      <source>loses money</source>
      <translation>亏钱</translation>
    </message>
    <message>
      <source>below the target</source>
      <translation>低于目标</translation>
    </message>
    <message>
      <source>at or above the target</source>
      <translation>达到目标</translation>
    </message>
    <message>
      <source>not delivered</source>
      <translation>不发货</translation>
    </message>
    <message>
      <source>Pick a product.</source>
      <translation>请选一个产品。</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1：%2</translation>
    </message>
    <message>
      <source>Export the free-shipping policy</source>
      <translation>导出包邮政策</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation>未保存</translation>
    </message>
    <message>
      <source>%1 could not be written: %2</source>
      <translation>无法写入 %1：%2</translation>
    </message>
    <message>
      <source>Policy saved to %1</source>
      <translation>运费政策已存到 %1</translation>
    </message>
  </context>
  <context>
    <name>PolicyExport</name>
    <message>
      <source>Province code</source>
      <translation>省份代码</translation>
    </message>
    <message>
      <source>Province</source>
      <translation>省份</translation>
    </message>
    <message>
      <source>Policy</source>
      <translation>运费政策</translation>
    </message>
    <message>
      <source>Buyer pays (yuan)</source>
      <translation>买家付运费（元）</translation>
    </message>
    <message>
      <source>Carrier</source>
      <translation>快递公司</translation>
    </message>
    <message>
      <source>Zone</source>
      <translation>区域</translation>
    </message>
    <message>
      <source>Shipping (yuan)</source>
      <translation>运费（元）</translation>
    </message>
    <message>
      <source>Margin (yuan)</source>
      <translation>毛利（元）</translation>
    </message>
    <message>
      <source>Break-even price (yuan)</source>
      <translation>保本价（元）</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>%1 [EXAMPLE]</source>
      <translation>%1［示例］</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1：%2</translation>
    </message>
  </context>
  <context>
    <name>PriceChart</name>
    <message>
      <source>live price</source>
      <translation>直播价</translation>
    </message>
    <message>
      <source>list price</source>
      <translation>标价</translation>
    </message>
    <message>
      <source>floor price</source>
      <translation>最低价</translation>
    </message>
    <message>
      <source>cost (dashed)</source>
      <translation>成本（虚线）</translation>
    </message>
    <message>
      <source>the 7 days before today and their lowest live price</source>
      <translation>今天之前的 7 天及其中最低的直播价</translation>
    </message>
    <message>
      <source>No price history yet.</source>
      <translation>还没有价格记录。</translation>
    </message>
    <message>
      <source>7-day low %1</source>
      <translation>7日最低 %1</translation>
    </message>
  </context>
  <context>
    <name>PricePanel</name>
    <message>
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <source>cleared</source>
      <translation>已清空</translation>
    </message>
    <message>
      <source>Live price now</source>
      <translation>当前直播价</translation>
    </message>
    <message>
      <source>7-day reference price</source>
      <translation>7日参考价</translation>
    </message>
    <message>
      <source>Do not call any price “original” (原价).</source>
      <translation>不要把任何价格说成“原价”。</translation>
    </message>
    <message>
      <source>Only the reference price may be called the original price (原价): the lowest live price in force in the 7 days before today (规范促销行为暂行规定). Lowering the live price does not change it until the days pass.</source>
      <translation>只有参考价才能称为“原价”：今天之前 7 天内执行过的最低直播价（《规范促销行为暂行规定》）。降低直播价后，要等这些天过去参考价才会变。</translation>
    </message>
    <message>
      <source>Set live price (yuan)</source>
      <translation>设置直播价（元）</translation>
    </message>
    <message>
      <source>Type the new price in yuan and press Enter; Ctrl+Z takes it back</source>
      <translation>输入新价格（元）后按回车；Ctrl+Z 可撤回</translation>
    </message>
    <message>
      <source>Set</source>
      <translation>设置</translation>
    </message>
    <message>
      <source>Save the new live price (Enter)</source>
      <translation>保存新的直播价（回车）</translation>
    </message>
    <message>
      <source>Price history</source>
      <translation>价格历史</translation>
    </message>
    <message>
      <source>30 days</source>
      <translation>30 天</translation>
    </message>
    <message>
      <source>90 days</source>
      <translation>90 天</translation>
    </message>
    <message>
      <source>All</source>
      <translation>全部</translation>
    </message>
    <message>
      <source>Price history chart</source>
      <translation>价格历史图</translation>
    </message>
    <message>
      <source>Price changes, newest first</source>
      <translation>价格变动（最新的在前）</translation>
    </message>
    <message>
      <source>Price changes</source>
      <translation>价格变动记录</translation>
    </message>
    <message>
      <source>Live price</source>
      <translation>直播价</translation>
    </message>
  </context>
  <context>
    <name>ProductAdder</name>
    <message>
      <source>&amp;Add:</source>
      <translation>添加(&amp;A)：</translation>
    </message>
    <message>
      <source>Opening</source>
      <translation>开场</translation>
    </message>
    <message>
      <source>Add an opening segment at the top of the run sheet</source>
      <translation>在排品单最前面添加一个开场段落</translation>
    </message>
    <message>
      <source>Closing</source>
      <translation>结尾</translation>
    </message>
    <message>
      <source>Add a closing segment at the end of the run sheet</source>
      <translation>在排品单最后面添加一个结尾段落</translation>
    </message>
    <message>
      <source>Product: name, SKU or pinyin…</source>
      <translation>产品：名称、货号或拼音…</translation>
    </message>
    <message>
      <source>Add a product</source>
      <translation>添加产品</translation>
    </message>
    <message>
      <source>Type part of a name, SKU or pinyin (e.g. “ht” for 核桃) and pick the product: it is added after the selected segment. Products not approved by the selection review are marked and can still be added.</source>
      <translation>输入名称、货号或拼音的一部分（例如“ht”找核桃），再选中产品：它会加在选中段落的后面。未通过选品审核的产品会有标记，但仍可添加。</translation>
    </message>
    <message>
      <source>Not approved for broadcast yet (selection review)</source>
      <translation>尚未通过选品审核</translation>
    </message>
  </context>
  <context>
    <name>ProductDetail</name>
    <message>
      <source>Certificate</source>
      <translation>证书</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>资料</translation>
    </message>
    <message>
      <source>not recorded</source>
      <translation>未填写</translation>
    </message>
    <message>
      <source>Select a product to see everything recorded about it.</source>
      <translation>选中一个商品，就能看到它的全部信息。</translation>
    </message>
    <message numerus="yes">
      <source>%n photo(s)</source>
      <translation>
        <numerusform>%n 张图片</numerusform>
      </translation>
    </message>
    <message>
      <source>Selection review</source>
      <translation>选品审核</translation>
    </message>
    <message>
      <source>Approved for broadcast on %1 by %2</source>
      <translation>%1 由 %2 批准上播</translation>
    </message>
    <message>
      <source>Not approved for broadcast</source>
      <translation>未批准上播</translation>
    </message>
    <message>
      <source>File: %1</source>
      <translation>文件：%1</translation>
    </message>
    <message>
      <source>Live price</source>
      <translation>直播价</translation>
    </message>
    <message>
      <source>List price</source>
      <translation>标价</translation>
    </message>
    <message>
      <source>Floor price (lowest allowed)</source>
      <translation>最低价（不能低于此价）</translation>
    </message>
    <message>
      <source>Cost</source>
      <translation>成本</translation>
    </message>
    <message>
      <source>None: no live price in the last 7 days, so do not call any price “original” (原价)</source>
      <translation>无：最近 7 天没有直播价，不要把任何价格说成“原价”</translation>
    </message>
    <message>
      <source>The only price you may call “original” (原价): the lowest live price in the 7 days before today</source>
      <translation>只有这个价格可以说成“原价”：今天之前 7 天内的最低直播价</translation>
    </message>
    <message>
      <source>7-day reference price (原价)</source>
      <translation>原价（7 天参考价）</translation>
    </message>
    <message>
      <source>Prices</source>
      <translation>价格</translation>
    </message>
    <message>
      <source>Low stock</source>
      <translation>库存不足</translation>
    </message>
    <message>
      <source>On hand</source>
      <translation>现有库存</translation>
    </message>
    <message>
      <source>Low-stock threshold</source>
      <translation>低库存预警线</translation>
    </message>
    <message>
      <source>Stock</source>
      <translation>库存</translation>
    </message>
    <message>
      <source>%1 cm</source>
      <translation>%1 厘米</translation>
    </message>
    <message>
      <source>Net weight</source>
      <translation>净重</translation>
    </message>
    <message>
      <source>Gross weight</source>
      <translation>毛重</translation>
    </message>
    <message>
      <source>Units per pack</source>
      <translation>每包数量</translation>
    </message>
    <message>
      <source>Dimensions (L × W × H)</source>
      <translation>尺寸（长 × 宽 × 高）</translation>
    </message>
    <message>
      <source>Specification</source>
      <translation>规格</translation>
    </message>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n 天</numerusform>
      </translation>
    </message>
    <message>
      <source>Yes, perishable</source>
      <translation>是，容易变质</translation>
    </message>
    <message>
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <source>Shelf life</source>
      <translation>保质期</translation>
    </message>
    <message>
      <source>Storage</source>
      <translation>储存方式</translation>
    </message>
    <message>
      <source>Perishable</source>
      <translation>生鲜易腐</translation>
    </message>
    <message>
      <source>Storage and shelf life</source>
      <translation>储存与保质期</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>所在地</translation>
    </message>
    <message>
      <source>Producer</source>
      <translation>生产者</translation>
    </message>
    <message>
      <source>Harvest date</source>
      <translation>采收日期</translation>
    </message>
    <message>
      <source>Origin</source>
      <translation>产地</translation>
    </message>
    <message>
      <source>Supplier</source>
      <translation>供货商</translation>
    </message>
    <message>
      <source>After-sales policy</source>
      <translation>售后政策</translation>
    </message>
    <message>
      <source>Supply and after-sales</source>
      <translation>供货与售后</translation>
    </message>
    <message>
      <source>EXPIRED, do not mention it on air</source>
      <translation>已过期，直播时不要提</translation>
    </message>
    <message>
      <source>Not valid yet</source>
      <translation>尚未生效</translation>
    </message>
    <message numerus="yes">
      <source>Expires in %n day(s)</source>
      <translation>
        <numerusform>%n 天后到期</numerusform>
      </translation>
    </message>
    <message>
      <source>Valid</source>
      <translation>有效</translation>
    </message>
    <message>
      <source>Certificates</source>
      <translation>证书</translation>
    </message>
    <message>
      <source>valid</source>
      <translation>有效期</translation>
    </message>
    <message>
      <source>no end date</source>
      <translation>无截止日期</translation>
    </message>
    <message>
      <source>issuer not recorded</source>
      <translation>未填写发证机构</translation>
    </message>
    <message>
      <source>Documents</source>
      <translation>资料</translation>
    </message>
    <message>
      <source>Evidence: %1</source>
      <translation>依据：%1</translation>
    </message>
    <message>
      <source>Unsupported: its evidence (%1) is not valid today, do not say it</source>
      <translation>无有效依据：所附依据（%1）今天已不在有效期内，直播时不要说</translation>
    </message>
    <message>
      <source>Unsupported: no evidence attached, do not say it</source>
      <translation>无依据：没有附证书或资料，直播时不要说</translation>
    </message>
    <message>
      <source>Talking points</source>
      <translation>卖点</translation>
    </message>
    <message>
      <source>per 100 mL</source>
      <translation>每 100 毫升</translation>
    </message>
    <message>
      <source>per 100 g</source>
      <translation>每 100 克</translation>
    </message>
    <message>
      <source>Nutrition (%1, GB 28050-%2)</source>
      <translation>营养成分（%1，GB 28050-%2）</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>项目</translation>
    </message>
    <message>
      <source>NRV%</source>
      <translation>NRV%</translation>
    </message>
    <message>
      <source>Product overview</source>
      <translation>商品概览</translation>
    </message>
  </context>
  <context>
    <name>ProductEditor</name>
    <message>
      <source>Overview</source>
      <translation>概览</translation>
    </message>
    <message>
      <source>Basics</source>
      <translation>基本信息</translation>
    </message>
    <message>
      <source>Talking points</source>
      <translation>卖点</translation>
    </message>
    <message>
      <source>Certificates</source>
      <translation>证书资料</translation>
    </message>
    <message>
      <source>Nutrition</source>
      <translation>营养成分</translation>
    </message>
    <message>
      <source>Photos</source>
      <translation>图片</translation>
    </message>
    <message>
      <source>Shop links</source>
      <translation>店铺链接</translation>
    </message>
    <message>
      <source>Selection review</source>
      <translation>选品审核</translation>
    </message>
    <message>
      <source>Stock</source>
      <translation>库存</translation>
    </message>
    <message>
      <source>Price</source>
      <translation>价格</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation>%1（%2）</translation>
    </message>
    <message>
      <source>Product sections</source>
      <translation>商品分页</translation>
    </message>
    <message>
      <source>%1 of %2</source>
      <translation>%2 的%1</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation>未保存</translation>
    </message>
  </context>
  <context>
    <name>ProductListModel</name>
    <message>
      <source>SKU</source>
      <translation>货号</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>品名</translation>
    </message>
    <message>
      <source>Origin</source>
      <translation>产地</translation>
    </message>
    <message>
      <source>Live ¥</source>
      <translation>直播价</translation>
    </message>
    <message>
      <source>Stock</source>
      <translation>库存</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>品类</translation>
    </message>
    <message>
      <source>On-air check</source>
      <translation>上播检查</translation>
    </message>
    <message>
      <source>Not approved</source>
      <translation>未批准</translation>
    </message>
    <message>
      <source>Cert. expired</source>
      <translation>证书过期</translation>
    </message>
    <message>
      <source>Cert. expiring</source>
      <translation>证书将到期</translation>
    </message>
    <message numerus="yes">
      <source>%n unsupported</source>
      <translation>
        <numerusform>%n 条无依据</numerusform>
      </translation>
    </message>
    <message>
      <source>Ready</source>
      <translation>可上播</translation>
    </message>
    <message>
      <source>Low stock: %1 left, restock at %2 or fewer</source>
      <translation>库存不足：只剩 %1 件，低于或等于 %2 件时应补货</translation>
    </message>
    <message>
      <source>Not approved for broadcast: the selection review is not complete and approved (see Selection review).</source>
      <translation>未批准上播：选品审核没有完成并获批（见“选品审核”页）。</translation>
    </message>
    <message>
      <source>A certificate has expired: do not cite it on air.</source>
      <translation>有证书已过期：直播时不要再引用。</translation>
    </message>
    <message>
      <source>A certificate expires within 30 days.</source>
      <translation>有证书将在 30 天内到期。</translation>
    </message>
    <message numerus="yes">
      <source>%n talking point(s) without evidence: do not say them.</source>
      <translation>
        <numerusform>%n 条卖点没有依据：直播时不要说。</numerusform>
      </translation>
    </message>
    <message>
      <source>Approved, certificates valid, every talking point has evidence.</source>
      <translation>已批准，证书有效，每条卖点都有依据。</translation>
    </message>
  </context>
  <context>
    <name>Prompter</name>
    <message>
      <source>Pause / resume</source>
      <translation>暂停 / 继续</translation>
    </message>
    <message>
      <source>Faster</source>
      <translation>加快</translation>
    </message>
    <message>
      <source>Slower</source>
      <translation>减慢</translation>
    </message>
    <message>
      <source>Next segment</source>
      <translation>下一段</translation>
    </message>
    <message>
      <source>Previous segment</source>
      <translation>上一段</translation>
    </message>
    <message>
      <source>Skip a sold-out product</source>
      <translation>跳过已售罄的产品</translation>
    </message>
    <message>
      <source>Blank the screen</source>
      <translation>黑屏</translation>
    </message>
    <message>
      <source>Mirror left-right</source>
      <translation>左右镜像</translation>
    </message>
    <message>
      <source>Mirror top-bottom</source>
      <translation>上下镜像</translation>
    </message>
    <message>
      <source>Larger text</source>
      <translation>字放大</translation>
    </message>
    <message>
      <source>Smaller text</source>
      <translation>字缩小</translation>
    </message>
    <message>
      <source>Leave full screen</source>
      <translation>退出全屏</translation>
    </message>
    <message>
      <source>REHEARSAL</source>
      <translation>彩排</translation>
    </message>
    <message>
      <source>SOLD OUT</source>
      <translation>已售罄</translation>
    </message>
    <message>
      <source>Stock %1</source>
      <translation>库存 %1</translation>
    </message>
    <message>
      <source>Flash sale %1 ended</source>
      <translation>秒杀 %1 已结束</translation>
    </message>
    <message>
      <source>Flash sale %1</source>
      <translation>秒杀 %1</translation>
    </message>
    <message>
      <source>Flash sale %1 · %2 left</source>
      <translation>秒杀 %1 · 剩 %2 件</translation>
    </message>
    <message>
      <source>%1 of %2</source>
      <translation>%1 / %2</translation>
    </message>
    <message>
      <source>SOLD OUT · press %1 to skip</source>
      <translation>已售罄 · 按 %1 跳过</translation>
    </message>
    <message>
      <source>White on black</source>
      <translation>黑底白字</translation>
    </message>
    <message>
      <source>Yellow on black</source>
      <translation>黑底黄字</translation>
    </message>
    <message>
      <source>Green on black</source>
      <translation>黑底绿字</translation>
    </message>
    <message>
      <source>Black on white</source>
      <translation>白底黑字</translation>
    </message>
    <message>
      <source>Teleprompter</source>
      <translation>提词器</translation>
    </message>
    <message>
      <source>Opening</source>
      <translation>开场</translation>
    </message>
    <message>
      <source>Product</source>
      <translation>产品</translation>
    </message>
    <message>
      <source>Closing</source>
      <translation>结尾</translation>
    </message>
    <message>
      <source>Re-feature</source>
      <translation>返场</translation>
    </message>
    <message>
      <source>%1 chars/min</source>
      <translation>%1 字/分</translation>
    </message>
    <message>
      <source>Paused · %1</source>
      <translation>暂停 · %1</translation>
    </message>
    <message>
      <source>%1 — %2×%3</source>
      <translation>%1 — %2×%3</translation>
    </message>
    <message>
      <source>%1 (main screen)</source>
      <translation>%1（主屏幕）</translation>
    </message>
  </context>
  <context>
    <name>PrompterPanel</name>
    <message>
      <source>◀ Pre&amp;vious</source>
      <translation>◀ 上一段(&amp;V)</translation>
    </message>
    <message>
      <source>Previous segment (PgUp)</source>
      <translation>上一段（PgUp）</translation>
    </message>
    <message>
      <source>&amp;Next ▶</source>
      <translation>下一段(&amp;N) ▶</translation>
    </message>
    <message>
      <source>Next segment (PgDown)</source>
      <translation>下一段（PgDown）</translation>
    </message>
    <message>
      <source>Skip the sold-out pro&amp;duct</source>
      <translation>跳过已售罄的产品(&amp;D)</translation>
    </message>
    <message>
      <source>From a SOLD OUT segment to the next one with stock</source>
      <translation>从已售罄的段落跳到下一个有库存的段落</translation>
    </message>
    <message>
      <source>S&amp;peed</source>
      <translation>速度(&amp;P)</translation>
    </message>
    <message>
      <source> chars/min</source>
      <translation> 字/分</translation>
    </message>
    <message>
      <source>Prompter speed in Chinese characters per minute</source>
      <translation>提词器速度（每分钟多少个汉字）</translation>
    </message>
    <message>
      <source>Te&amp;xt size</source>
      <translation>字号(&amp;X)</translation>
    </message>
    <message>
      <source> px</source>
      <translation> 像素</translation>
    </message>
    <message>
      <source>Prompter text size in pixels</source>
      <translation>提词器字号（像素）</translation>
    </message>
    <message>
      <source>Scr&amp;een</source>
      <translation>屏幕(&amp;E)</translation>
    </message>
    <message>
      <source>Screen for the prompter</source>
      <translation>提词器用哪块屏幕</translation>
    </message>
    <message>
      <source>Mirror &amp;left-right</source>
      <translation>左右镜像(&amp;L)</translation>
    </message>
    <message>
      <source>Mirror &amp;top-bottom</source>
      <translation>上下镜像(&amp;T)</translation>
    </message>
    <message>
      <source>&amp;Blank</source>
      <translation>黑屏(&amp;B)</translation>
    </message>
    <message>
      <source>Black prompter screen; the scroll waits</source>
      <translation>提词器黑屏；滚动暂停</translation>
    </message>
    <message>
      <source>F&amp;ull screen on this screen</source>
      <translation>在这块屏幕上全屏(&amp;U)</translation>
    </message>
    <message>
      <source>Put the prompter full screen on the chosen screen (Esc there leaves)</source>
      <translation>让提词器在选中的屏幕上全屏（在那里按 Esc 退出）</translation>
    </message>
    <message>
      <source>Prompter &amp;keys…</source>
      <translation>提词器按键(&amp;K)…</translation>
    </message>
    <message>
      <source>Change the keys of the prompter (clickers, foot pedals)</source>
      <translation>修改提词器的按键（翻页笔、脚踏板）</translation>
    </message>
    <message>
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <source>Keys here: Ctrl+1 sells one, Ctrl+2 sells the +N units, Ctrl+Z takes the last step back, Ctrl+Space pauses or resumes the prompter, Enter on a segment puts it on air, %1 / %2 move to the next / previous segment (clickers; not inside the script box). On the prompter screen: %3 pause, %4 / %5 speed, %6 blank, %7 skip sold out.</source>
      <translation>本窗口按键：Ctrl+1 卖出一件，Ctrl+2 卖出 +N 件，Ctrl+Z 撤回上一步，Ctrl+Space 暂停或继续提词器，在段落上按 Enter 开始播这一段，%1 / %2 切到下一段 / 上一段（翻页笔用；在话术框里无效）。在提词器屏幕上：%3 暂停，%4 / %5 调速度，%6 黑屏，%7 跳过已售罄。</translation>
    </message>
    <message>
      <source>⏸ P&amp;ause</source>
      <translation>⏸ 暂停(&amp;A)</translation>
    </message>
    <message>
      <source>▶ Pl&amp;ay</source>
      <translation>▶ 播放(&amp;A)</translation>
    </message>
    <message>
      <source>Pause or resume the scroll (Ctrl+Space)</source>
      <translation>暂停或继续滚动（Ctrl+Space）</translation>
    </message>
  </context>
  <context>
    <name>ProvinceGrid</name>
    <message>
      <source>Margin %1, break-even price %2</source>
      <translation>毛利 %1，保本价 %2</translation>
    </message>
  </context>
  <context>
    <name>QrView</name>
    <message>
      <source>Copy link</source>
      <translation>复制链接</translation>
    </message>
    <message>
      <source>Put the exact link on the clipboard</source>
      <translation>把完整链接复制到剪贴板</translation>
    </message>
    <message>
      <source>Save QR as PNG…</source>
      <translation>二维码存为 PNG…</translation>
    </message>
    <message>
      <source>Save this QR code as a picture, sharp enough to print</source>
      <translation>把这个二维码存成图片，清晰到可以打印</translation>
    </message>
    <message>
      <source>QR code of the link</source>
      <translation>链接的二维码</translation>
    </message>
    <message>
      <source>The link the QR code holds</source>
      <translation>二维码里的链接</translation>
    </message>
    <message>
      <source>Scanning it opens exactly this link:</source>
      <translation>扫码打开的就是这个链接：</translation>
    </message>
    <message>
      <source>Select a saved link to see its QR code.</source>
      <translation>选中一个已保存的链接，即可看到它的二维码。</translation>
    </message>
    <message>
      <source>Save QR code</source>
      <translation>保存二维码</translation>
    </message>
    <message>
      <source>PNG pictures (*.png)</source>
      <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
      <source>QR code not saved</source>
      <translation>二维码未保存</translation>
    </message>
  </context>
  <context>
    <name>Recovery</name>
    <message>
      <source>The catalogue file “%1” is damaged (%2). It was not changed.</source>
      <translation>商品目录文件“%1”已损坏（%2）。它没有被改动。</translation>
    </message>
    <message>
      <source>No good backup of it was found. Keep the file and ask your trainer or county e-commerce centre for help; do not delete it.</source>
      <translation>没有找到它的完好备份。请保留这个文件，并向培训老师或县电商中心求助；不要删除它。</translation>
    </message>
    <message>
      <source>The newest good backup was made %1 (%2). Restoring it brings the catalogue back as it was then; changes made after it are lost. The damaged file is kept among the backups.</source>
      <translation>最新的完好备份做于 %1（%2）。恢复后商品目录回到当时的样子，之后的修改会丢失。损坏的文件会保留在备份中。</translation>
    </message>
    <message>
      <source>To restore it: villagecast backup restore %1 --yes --db "%2"</source>
      <translation>恢复方法：villagecast backup restore %1 --yes --db "%2"</translation>
    </message>
    <message>
      <source>The catalogue file is damaged</source>
      <translation>商品目录文件已损坏</translation>
    </message>
    <message>
      <source>&amp;Restore the backup</source>
      <translation>恢复备份(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Not now</source>
      <translation>暂不恢复(&amp;N)</translation>
    </message>
    <message>
      <source>The backup could not be restored</source>
      <translation>无法恢复这份备份</translation>
    </message>
  </context>
  <context>
    <name>RefusedDialog</name>
    <message>
      <source>Not imported: %1</source>
      <translation>未导入：%1</translation>
    </message>
    <message>
      <source>Every problem found</source>
      <translation>发现的全部问题</translation>
    </message>
    <message>
      <source>Your catalogue was not changed. Correct the file and import it again.</source>
      <translation>你的目录没有任何改动。请改正文件后重新导入。</translation>
    </message>
  </context>
  <context>
    <name>RemindersBar</name>
    <message numerus="yes">
      <source>Reminder: %1 (every %n min)</source>
      <translation>
        <numerusform>提醒：%1（每 %n 分钟）</numerusform>
      </translation>
    </message>
    <message>
      <source>Done</source>
      <translation>完成</translation>
    </message>
    <message numerus="yes">
      <source>Say it on air, then press Done: the next reminder comes %n minute(s) later</source>
      <translation>
        <numerusform>在直播中说出来，再按“完成”：%n 分钟后再次提醒</numerusform>
      </translation>
    </message>
    <message>
      <source>Done: %1</source>
      <translation>完成：%1</translation>
    </message>
    <message numerus="yes">
      <source>%n more reminder(s) due: see the Checklist tab</source>
      <translation>
        <numerusform>还有 %n 条提醒到时间了：请看“检查清单”页</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReportExport</name>
    <message>
      <source>Save the report as PDF</source>
      <translation>把报告存为 PDF</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <source>The report was not saved as PDF.</source>
      <translation>报告没有存为 PDF。</translation>
    </message>
    <message numerus="yes">
      <source>Report saved: %1 (%n page(s)).</source>
      <translation>
        <numerusform>报告已保存：%1（共 %n 页）。</numerusform>
      </translation>
    </message>
    <message>
      <source>Save the report as CSV</source>
      <translation>把报告存为 CSV</translation>
    </message>
    <message>
      <source>CSV files for Excel or WPS (*.csv)</source>
      <translation>CSV 文件，可用 Excel 或 WPS 打开 (*.csv)</translation>
    </message>
    <message>
      <source>The report was not saved as CSV.</source>
      <translation>报告没有存为 CSV。</translation>
    </message>
    <message>
      <source>Report saved: %1.</source>
      <translation>报告已保存：%1。</translation>
    </message>
    <message>
      <source>Report saved</source>
      <translation>报告已保存</translation>
    </message>
    <message>
      <source>Report not saved</source>
      <translation>报告未保存</translation>
    </message>
  </context>
  <context>
    <name>ReportPdf</name>
    <message>
      <source>%1 · post-show report · page %2 of %3</source>
      <translation>%1 · 直播复盘报告 · 第 %2 页，共 %3 页</translation>
    </message>
    <message>
      <source>(reminder)</source>
      <translation>（提醒）</translation>
    </message>
    <message>
      <source>Checklist</source>
      <translation>检查清单</translation>
    </message>
    <message>
      <source>Corrections</source>
      <translation>更正</translation>
    </message>
    <message>
      <source>Corrections on air</source>
      <translation>直播中的更正</translation>
    </message>
    <message>
      <source>Ended</source>
      <translation>结束</translation>
    </message>
    <message>
      <source>Findings (must change)</source>
      <translation>问题（必须修改）</translation>
    </message>
    <message>
      <source>Findings in the scripts used</source>
      <translation>所用话术中的问题</translation>
    </message>
    <message>
      <source>Flash-sale count-downs</source>
      <translation>秒杀倒计时</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>项目</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Length</source>
      <translation>时长</translation>
    </message>
    <message>
      <source>No risky wording in the scripts used.</source>
      <translation>所用话术中没有风险用语。</translation>
    </message>
    <message>
      <source>Not on air yet</source>
      <translation>尚未开播</translation>
    </message>
    <message>
      <source>Nothing was sold.</source>
      <translation>没有卖出任何商品。</translation>
    </message>
    <message>
      <source>On air %1 to %2 (%3)</source>
      <translation>直播 %1 至 %2（%3）</translation>
    </message>
    <message>
      <source>On air (planned %1)</source>
      <translation>直播时长（计划 %1）</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>计划</translation>
    </message>
    <message>
      <source>Product</source>
      <translation>产品</translation>
    </message>
    <message>
      <source>Products</source>
      <translation>产品</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <source>Rehearsal</source>
      <translation>彩排</translation>
    </message>
    <message>
      <source>Revenue</source>
      <translation>销售额</translation>
    </message>
    <message>
      <source>Revenue (yuan)</source>
      <translation>销售额（元）</translation>
    </message>
    <message>
      <source>Run sheet: %1</source>
      <translation>排品单：%1</translation>
    </message>
    <message>
      <source>Segments</source>
      <translation>段落</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>严重程度</translation>
    </message>
    <message>
      <source>Sold</source>
      <translation>已售</translation>
    </message>
    <message>
      <source>Spent</source>
      <translation>实际</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>开始</translation>
    </message>
    <message>
      <source>Stock left</source>
      <translation>剩余库存</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <source>Units</source>
      <translation>件数</translation>
    </message>
    <message>
      <source>Units sold</source>
      <translation>售出件数</translation>
    </message>
    <message>
      <source>Units sold per product</source>
      <translation>各产品售出件数</translation>
    </message>
    <message>
      <source>Went on air with the pre-broadcast check not clear.</source>
      <translation>开播前检查未通过就开播了。</translation>
    </message>
    <message>
      <source>What is true</source>
      <translation>实际情况</translation>
    </message>
    <message>
      <source>What was said</source>
      <translation>说了什么</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Wording</source>
      <translation>用语</translation>
    </message>
  </context>
  <context>
    <name>ReportTab</name>
    <message>
      <source>Session</source>
      <translation>直播场次</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>On air</source>
      <translation>开播</translation>
    </message>
    <message>
      <source>Units</source>
      <translation>件数</translation>
    </message>
    <message>
      <source>Rehearsal</source>
      <translation>彩排</translation>
    </message>
    <message>
      <source>Broadcast sessions</source>
      <translation>直播场次</translation>
    </message>
    <message>
      <source>Post-show report</source>
      <translation>直播复盘报告</translation>
    </message>
    <message>
      <source>Export &amp;PDF…</source>
      <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
      <source>Save this report as an A4 PDF with the chart of units sold</source>
      <translation>把这份报告存为 A4 PDF，带售出件数图表</translation>
    </message>
    <message>
      <source>Export CS&amp;V…</source>
      <translation>导出 CSV(&amp;V)…</translation>
    </message>
    <message>
      <source>Save this report as CSV for Excel or WPS (UTF-8)</source>
      <translation>把这份报告存为 CSV，可用 Excel 或 WPS 打开（UTF-8）</translation>
    </message>
    <message>
      <source>&amp;Resume the show…</source>
      <translation>恢复直播(&amp;R)…</translation>
    </message>
    <message>
      <source>This show was still on air when VillageCast stopped: take it up again at the same line with the same numbers</source>
      <translation>VillageCast 停止时这场直播还没结束：从原来那一行接着播，数字保持不变</translation>
    </message>
    <message>
      <source>rehearsal</source>
      <translation>彩排</translation>
    </message>
    <message>
      <source>No broadcast sessions yet. Reports appear here once a show has gone on air.</source>
      <translation>还没有直播记录。开播过以后，报告会显示在这里。</translation>
    </message>
    <message>
      <source>“%1” has not gone on air yet: nothing to report.</source>
      <translation>“%1”还没有开播：没有可报告的内容。</translation>
    </message>
  </context>
  <context>
    <name>ReportView</name>
    <message>
      <source>on air %1 to %2 (%3)</source>
      <translation>直播 %1 至 %2（%3）</translation>
    </message>
    <message>
      <source>now</source>
      <translation>现在</translation>
    </message>
    <message>
      <source>run sheet “%1”</source>
      <translation>排品单“%1”</translation>
    </message>
    <message>
      <source>rehearsal</source>
      <translation>彩排</translation>
    </message>
    <message numerus="yes">
      <source>Went on air with the pre-broadcast check not clear (%n problem(s) recorded).</source>
      <translation>
        <numerusform>开播前检查未通过就开播了（记录了 %n 个问题）。</numerusform>
      </translation>
    </message>
    <message>
      <source>Units sold per product</source>
      <translation>各产品售出件数</translation>
    </message>
    <message>
      <source>Segments</source>
      <translation>段落</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>计划</translation>
    </message>
    <message>
      <source>Spent</source>
      <translation>实际</translation>
    </message>
    <message>
      <source>Times on air</source>
      <translation>上播次数</translation>
    </message>
    <message>
      <source>Flash-sale count-downs</source>
      <translation>秒杀倒计时</translation>
    </message>
    <message>
      <source>Product</source>
      <translation>产品</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>开始</translation>
    </message>
    <message>
      <source>Length</source>
      <translation>时长</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <source>Sold</source>
      <translation>已售</translation>
    </message>
    <message>
      <source>Ended</source>
      <translation>结束</translation>
    </message>
    <message>
      <source>Corrections on air</source>
      <translation>直播中的更正</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>What was said</source>
      <translation>说了什么</translation>
    </message>
    <message>
      <source>What is true</source>
      <translation>实际情况</translation>
    </message>
    <message>
      <source>Units sold</source>
      <translation>售出件数</translation>
    </message>
    <message>
      <source>Revenue (yuan)</source>
      <translation>销售额（元）</translation>
    </message>
    <message>
      <source>On air (planned %1)</source>
      <translation>直播时长（计划 %1）</translation>
    </message>
    <message>
      <source>Must-change findings</source>
      <translation>必须修改的问题</translation>
    </message>
    <message>
      <source>Corrections</source>
      <translation>更正</translation>
    </message>
    <message>
      <source>Products</source>
      <translation>产品</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <source>Units</source>
      <translation>件数</translation>
    </message>
    <message>
      <source>Revenue</source>
      <translation>销售额</translation>
    </message>
    <message>
      <source>Stock left</source>
      <translation>剩余库存</translation>
    </message>
    <message numerus="yes">
      <source>Total: %n unit(s)</source>
      <translation>
        <numerusform>合计：%n 件</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n sale(s)</source>
      <translation>
        <numerusform>%n 笔成交</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 yuan</source>
      <translation>%1 元</translation>
    </message>
    <message>
      <source>%1 on air against %2 planned</source>
      <translation>直播 %1，计划 %2</translation>
    </message>
    <message numerus="yes">
      <source>%n unit(s) were sold while the product had no live price; they are not in the revenue.</source>
      <translation>
        <numerusform>有 %n 件是在产品没有直播价时卖出的；这些没有计入销售额。</numerusform>
      </translation>
    </message>
    <message>
      <source>(reminder)</source>
      <translation>（提醒）</translation>
    </message>
    <message>
      <source>Checklist</source>
      <translation>检查清单</translation>
    </message>
    <message>
      <source>Nothing was ticked.</source>
      <translation>没有勾选任何项。</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>项目</translation>
    </message>
    <message>
      <source>What</source>
      <translation>内容</translation>
    </message>
    <message>
      <source>Ticked at</source>
      <translation>勾选时间</translation>
    </message>
    <message>
      <source>Findings in the scripts used</source>
      <translation>所用话术中的问题</translation>
    </message>
    <message>
      <source>No risky wording in the scripts used.</source>
      <translation>所用话术中没有风险用语。</translation>
    </message>
    <message>
      <source>Wording</source>
      <translation>用语</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>严重程度</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>原因</translation>
    </message>
  </context>
  <context>
    <name>SalesPanel</name>
    <message>
      <source>Product to sell</source>
      <translation>要卖的产品</translation>
    </message>
    <message>
      <source>The product the sale buttons record: the one on air, or another</source>
      <translation>销售按钮记录的是哪个产品：正在播的那个，或另选一个</translation>
    </message>
    <message>
      <source>+1</source>
      <translation>+1</translation>
    </message>
    <message>
      <source>Sell one unit</source>
      <translation>卖出一件</translation>
    </message>
    <message>
      <source>Record one unit sold (Ctrl+1); Ctrl+Z takes it back</source>
      <translation>记录卖出一件（Ctrl+1）；Ctrl+Z 撤回</translation>
    </message>
    <message>
      <source>Units for +N</source>
      <translation>+N 的件数</translation>
    </message>
    <message>
      <source>Sell the number of units</source>
      <translation>按件数卖出</translation>
    </message>
    <message>
      <source>Record this many units sold (Ctrl+2); Ctrl+Z takes it back</source>
      <translation>记录卖出这么多件（Ctrl+2）；Ctrl+Z 撤回</translation>
    </message>
    <message>
      <source>Product</source>
      <translation>产品</translation>
    </message>
    <message>
      <source>On hand</source>
      <translation>现有库存</translation>
    </message>
    <message>
      <source>Sold</source>
      <translation>已售</translation>
    </message>
    <message>
      <source>Stock on hand per product</source>
      <translation>各产品的库存</translation>
    </message>
    <message>
      <source>+%1</source>
      <translation>+%1</translation>
    </message>
    <message>
      <source>The product on air</source>
      <translation>正在播的产品</translation>
    </message>
    <message>
      <source>The segment on air has no product: pick the product to sell.</source>
      <translation>正在播的段落没有产品：请选择要卖的产品。</translation>
    </message>
    <message>
      <source>Sold %1 × %2 at %3. Ctrl+Z takes it back.</source>
      <translation>%3 卖出 %1 × %2。Ctrl+Z 可撤回。</translation>
    </message>
    <message>
      <source>No product on air: pick one to sell.</source>
      <translation>没有正在播的产品：请选一个来卖。</translation>
    </message>
    <message numerus="yes">
      <source>%1: %n on hand</source>
      <translation>
        <numerusform>%1：库存 %n 件</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ScriptEdit</name>
    <message>
      <source>Say “%1” instead</source>
      <translation>改说“%1”</translation>
    </message>
    <message>
      <source>Leave “%1” out</source>
      <translation>删掉“%1”</translation>
    </message>
    <message>
      <source>Nothing to change here.</source>
      <translation>这里没有需要修改的用语。</translation>
    </message>
  </context>
  <context>
    <name>ScriptPane</name>
    <message>
      <source>Segment script</source>
      <translation>段落话术</translation>
    </message>
    <message>
      <source>Replace the marked wording</source>
      <translation>替换标出的用语</translation>
    </message>
    <message>
      <source>Insert {…}</source>
      <translation>插入 {…}</translation>
    </message>
    <message>
      <source>Insert a placeholder the catalogue fills in: price, stock, origin, original price</source>
      <translation>插入由商品资料自动填写的占位符：价格、库存、产地、原价</translation>
    </message>
    <message>
      <source>Red: must change. Amber: check. Hover for why; right-click or Ctrl+. to replace. Saved when you leave the script (or Ctrl+S).</source>
      <translation>红色：必须修改。黄色：需核实。鼠标停在上面可看原因；右键或按 Ctrl+. 替换。离开话术框时自动保存（或按 Ctrl+S）。</translation>
    </message>
    <message>
      <source>No segment selected</source>
      <translation>没有选中段落</translation>
    </message>
    <message>
      <source>Select a segment on the left to write its script.</source>
      <translation>在左边选一个段落来写它的话术。</translation>
    </message>
    <message>
      <source>Write what you will say. Risky wording is marked as you type.</source>
      <translation>写下要说的话。边写边标出风险用语。</translation>
    </message>
    <message>
      <source>A free segment: placeholders such as {价格} stay as written.</source>
      <translation>这是不挂产品的段落：{价格} 这类占位符会按原样显示。</translation>
    </message>
    <message>
      <source>Placeholders now: %1</source>
      <translation>占位符当前值：%1</translation>
    </message>
  </context>
  <context>
    <name>ScriptPanel</name>
    <message>
      <source>Script of the segment</source>
      <translation>段落话术</translation>
    </message>
    <message>
      <source>Placeholders {价格} {库存} {产地} {原价} show live values on the prompter</source>
      <translation>占位符 {价格} {库存} {产地} {原价} 在提词器上显示实时数值</translation>
    </message>
    <message>
      <source>&amp;Apply to the prompter</source>
      <translation>用到提词器上(&amp;A)</translation>
    </message>
    <message>
      <source>Show this text on the prompter now (Ctrl+Enter); Ctrl+Z undoes it</source>
      <translation>马上在提词器上显示这段文字（Ctrl+Enter）；Ctrl+Z 撤销</translation>
    </message>
    <message>
      <source>Re&amp;vert</source>
      <translation>还原(&amp;V)</translation>
    </message>
    <message>
      <source>Throw the edit away and show the text on air</source>
      <translation>放弃修改，显示正在直播用的文字</translation>
    </message>
    <message>
      <source>Script of segment %1: %2</source>
      <translation>第 %1 段的话术：%2</translation>
    </message>
    <message>
      <source>(not the segment on air)</source>
      <translation>（不是正在播的段落）</translation>
    </message>
    <message numerus="yes">
      <source>%n must-change wording(s): hover the red marks for why.</source>
      <translation>
        <numerusform>%n 处必须修改的用语：鼠标停在红色标记上可看原因。</numerusform>
      </translation>
    </message>
    <message>
      <source>No must-change wording.</source>
      <translation>没有必须修改的用语。</translation>
    </message>
  </context>
  <context>
    <name>ScriptTree</name>
    <message>
      <source>Find a product (name, SKU or pinyin)…</source>
      <translation>查找商品（品名、货号或拼音）…</translation>
    </message>
    <message>
      <source>Pick a product to list it and write its script.</source>
      <translation>选一个商品，列出来并为它写话术。</translation>
    </message>
    <message>
      <source>Product</source>
      <translation>商品</translation>
    </message>
    <message>
      <source>Scripts</source>
      <translation>话术</translation>
    </message>
    <message>
      <source>&amp;New script</source>
      <translation>新建话术(&amp;N)</translation>
    </message>
    <message>
      <source>A new script in the selected group (Ctrl+N)</source>
      <translation>在选中的分组里新建话术（Ctrl+N）</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>删除(&amp;D)</translation>
    </message>
    <message>
      <source>Delete the selected script (Delete; Ctrl+Z brings it back)</source>
      <translation>删除选中的话术（Delete；Ctrl+Z 可找回）</translation>
    </message>
    <message>
      <source>Not approved for broadcast yet (selection review)</source>
      <translation>尚未通过选品审核</translation>
    </message>
  </context>
  <context>
    <name>ScriptsTab</name>
    <message>
      <source>&amp;Title</source>
      <translation>标题(&amp;T)</translation>
    </message>
    <message>
      <source>Script title</source>
      <translation>话术标题</translation>
    </message>
    <message>
      <source>Script text</source>
      <translation>话术内容</translation>
    </message>
    <message>
      <source>Insert {…}</source>
      <translation>插入 {…}</translation>
    </message>
    <message>
      <source>Insert a placeholder the catalogue fills in: price, stock, origin, original price</source>
      <translation>插入由商品资料自动填写的占位符：价格、库存、产地、原价</translation>
    </message>
    <message>
      <source>Replace the marked wording</source>
      <translation>替换标出的用语</translation>
    </message>
    <message>
      <source>Red: must change. Amber: check. Hover for why; right-click or Ctrl+. to replace.</source>
      <translation>红色：必须修改。橙色：需核实。鼠标停留看原因；右键或按 Ctrl+. 替换。</translation>
    </message>
    <message>
      <source>Free scripts (opening, closing, stories)</source>
      <translation>通用话术（开场、结尾、故事）</translation>
    </message>
    <message>
      <source>Write what you will say. Risky wording is marked as you type.</source>
      <translation>写下要说的话。边写边标出风险用语。</translation>
    </message>
    <message>
      <source>No script chosen. Press New script (Ctrl+N) to write one for %1.</source>
      <translation>未选话术。点“新建话术”（Ctrl+N）为 %1 写一段。</translation>
    </message>
    <message>
      <source>No script chosen. Pick one on the left, or press New script (Ctrl+N).</source>
      <translation>未选话术。在左边选一段，或点“新建话术”（Ctrl+N）。</translation>
    </message>
    <message>
      <source>Edit script “%1”</source>
      <translation>修改话术“%1”</translation>
    </message>
    <message>
      <source>New script</source>
      <translation>新话术</translation>
    </message>
    <message>
      <source>New script “%1”</source>
      <translation>新建话术“%1”</translation>
    </message>
    <message>
      <source>Delete script “%1”</source>
      <translation>删除话术“%1”</translation>
    </message>
  </context>
  <context>
    <name>SegmentModel</name>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <source>Product</source>
      <translation>产品</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>计划</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>审核</translation>
    </message>
    <message>
      <source>Findings</source>
      <translation>问题</translation>
    </message>
    <message>
      <source>PRODUCT MISSING</source>
      <translation>产品缺失</translation>
    </message>
    <message>
      <source>NOT APPROVED</source>
      <translation>未通过审核</translation>
    </message>
    <message numerus="yes">
      <source>%n must change</source>
      <translation>
        <numerusform>%n 处必须修改</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n to check</source>
      <translation>
        <numerusform>%n 处需核实</numerusform>
      </translation>
    </message>
    <message>
      <source>Planned time: %1 (double-click or F2 to change; type 5, 4:30 or 4分30秒)</source>
      <translation>计划时长：%1（双击或按 F2 修改；可输入 5、4:30 或 4分30秒）</translation>
    </message>
    <message>
      <source>Approved for broadcast by the selection review</source>
      <translation>已通过选品审核，可以上播</translation>
    </message>
    <message>
      <source>No risky wording in this script.</source>
      <translation>这段话术里没有风险用语。</translation>
    </message>
    <message numerus="yes">
      <source>and %n more</source>
      <translation>
        <numerusform>还有 %n 处</numerusform>
      </translation>
    </message>
    <message>
      <source>“%1” is not a time: type minutes (5), minutes and seconds (4:30) or 4分30秒.</source>
      <translation>“%1”不是时间：请输入分钟（5）、分和秒（4:30）或 4分30秒。</translation>
    </message>
    <message>
      <source>A segment is planned for at most %1.</source>
      <translation>一个段落最多计划 %1。</translation>
    </message>
  </context>
  <context>
    <name>SessionCli</name>
    <message>
      <source>No broadcast sessions yet.</source>
      <translation>还没有直播记录。</translation>
    </message>
    <message>
      <source>ID</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>On air</source>
      <translation>开播</translation>
    </message>
    <message>
      <source>Finished</source>
      <translation>结束</translation>
    </message>
    <message>
      <source>Run sheet</source>
      <translation>排品单</translation>
    </message>
    <message>
      <source>Units</source>
      <translation>件数</translation>
    </message>
    <message>
      <source>rehearsal</source>
      <translation>彩排</translation>
    </message>
    <message>
      <source>Session {id}: {title} ({status})</source>
      <translation>第 {id} 场：{title}（{status}）</translation>
    </message>
    <message>
      <source>On air {start} to {end}, {duration}; run sheet “{sheet}”.</source>
      <translation>直播 {start} 至 {end}，共 {duration}；排品单“{sheet}”。</translation>
    </message>
    <message>
      <source>Not on air yet.</source>
      <translation>尚未开播。</translation>
    </message>
    <message>
      <source>Went on air with the pre-broadcast check not clear ({findings} finding(s), {unticked} item(s) not ticked).</source>
      <translation>开播前检查未通过就开播了（{findings} 处问题，{unticked} 项未勾选）。</translation>
    </message>
    <message>
      <source>Total: {units} unit(s) in {sales} sale(s), {revenue} yuan; {spent} on air against {planned} planned.</source>
      <translation>合计：{sales} 笔成交共 {units} 件，{revenue} 元；直播 {spent}，计划 {planned}。</translation>
    </message>
    <message>
      <source>{units} unit(s) were sold while the product had no live price.</source>
      <translation>有 {units} 件是在产品没有直播价时卖出的。</translation>
    </message>
    <message>
      <source>SKU</source>
      <translation>货号</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Revenue</source>
      <translation>销售额</translation>
    </message>
    <message>
      <source>Stock left</source>
      <translation>剩余库存</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>计划</translation>
    </message>
    <message>
      <source>Spent</source>
      <translation>实际</translation>
    </message>
    <message>
      <source>#</source>
      <translation>#</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Checklist ticked:</source>
      <translation>已勾选的检查项：</translation>
    </message>
    <message>
      <source>Reminders acknowledged:</source>
      <translation>已确认的提醒：</translation>
    </message>
    <message>
      <source>Corrections on air:</source>
      <translation>直播中的更正：</translation>
    </message>
    <message>
      <source>{time}  said “{said}”, true: “{truth}”</source>
      <translation>{time}  说了“{said}”，实际：“{truth}”</translation>
    </message>
    <message>
      <source>Findings in the scripts used:</source>
      <translation>所用话术中的问题：</translation>
    </message>
    <message>
      <source>#{segment}  “{text}”  {severity} · {category} · {rule}</source>
      <translation>#{segment}  “{text}”  {severity} · {category} · {rule}</translation>
    </message>
    <message>
      <source>No risky wording in the scripts used.</source>
      <translation>所用话术中没有风险用语。</translation>
    </message>
    <message>
      <source>Wrote {path}.</source>
      <translation>已写入 {path}。</translation>
    </message>
    <message>
      <source>Wrote {path} ({pages} page(s)).</source>
      <translation>已写入 {path}（共 {pages} 页）。</translation>
    </message>
  </context>
  <context>
    <name>SheetActions</name>
    <message>
      <source>&amp;New run sheet…</source>
      <translation>新建排品单(&amp;N)…</translation>
    </message>
    <message>
      <source>Rena&amp;me run sheet…</source>
      <translation>重命名排品单(&amp;M)…</translation>
    </message>
    <message>
      <source>Delete run sheet</source>
      <translation>删除排品单</translation>
    </message>
    <message>
      <source>Add &amp;opening</source>
      <translation>添加开场(&amp;O)</translation>
    </message>
    <message>
      <source>Add &amp;product…</source>
      <translation>添加产品(&amp;P)…</translation>
    </message>
    <message>
      <source>Add c&amp;losing</source>
      <translation>添加结尾(&amp;L)</translation>
    </message>
    <message>
      <source>&amp;Remove segment</source>
      <translation>删除段落(&amp;R)</translation>
    </message>
    <message>
      <source>D&amp;uplicate segment</source>
      <translation>复制段落(&amp;U)</translation>
    </message>
    <message>
      <source>Move &amp;up</source>
      <translation>上移(&amp;U)</translation>
    </message>
    <message>
      <source>Move do&amp;wn</source>
      <translation>下移(&amp;W)</translation>
    </message>
    <message>
      <source>Up</source>
      <translation>上移</translation>
    </message>
    <message>
      <source>Down</source>
      <translation>下移</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>复制</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>Move to or from the re-feature &amp;queue</source>
      <translation>移入或移出返场队列(&amp;Q)</translation>
    </message>
    <message>
      <source>⇄ Re-feature</source>
      <translation>⇄ 返场</translation>
    </message>
    <message>
      <source>Move the segment up (Ctrl+Up); the top of the re-feature queue goes to the end of the run sheet</source>
      <translation>把段落上移（Ctrl+Up）；返场队列最上面的段落会移到排品单末尾</translation>
    </message>
    <message>
      <source>Move the segment down (Ctrl+Down); the end of the run sheet goes to the re-feature queue</source>
      <translation>把段落下移（Ctrl+Down）；排品单最后的段落会移到返场队列</translation>
    </message>
    <message>
      <source>Move the segment to the re-feature (返场) queue, or back (Ctrl+R). You can also drag rows between the lists.</source>
      <translation>把段落移到返场队列，或移回来（Ctrl+R）。也可以在两个列表之间拖动行。</translation>
    </message>
    <message>
      <source>A copy of the segment right after it (Ctrl+D)</source>
      <translation>在段落后面紧接着复制一份（Ctrl+D）</translation>
    </message>
    <message>
      <source>Remove the segment (Delete; Ctrl+Z brings it back)</source>
      <translation>删除段落（Delete；Ctrl+Z 可恢复）</translation>
    </message>
    <message>
      <source>Title:</source>
      <translation>标题：</translation>
    </message>
    <message>
      <source>New run sheet</source>
      <translation>新建排品单</translation>
    </message>
    <message>
      <source>Run sheet %1</source>
      <translation>排品单 %1</translation>
    </message>
    <message>
      <source>New run sheet “%1”</source>
      <translation>新建排品单“%1”</translation>
    </message>
    <message>
      <source>Rename run sheet</source>
      <translation>重命名排品单</translation>
    </message>
    <message>
      <source>Rename run sheet “%1”</source>
      <translation>重命名排品单“%1”</translation>
    </message>
    <message>
      <source>Delete run sheet “%1”</source>
      <translation>删除排品单“%1”</translation>
    </message>
    <message>
      <source>Run sheet “%1” deleted. Ctrl+Z brings it back.</source>
      <translation>排品单“%1”已删除。Ctrl+Z 可恢复。</translation>
    </message>
    <message>
      <source>Opening</source>
      <translation>开场</translation>
    </message>
    <message>
      <source>Add opening</source>
      <translation>添加开场</translation>
    </message>
    <message>
      <source>Closing</source>
      <translation>结尾</translation>
    </message>
    <message>
      <source>Add closing</source>
      <translation>添加结尾</translation>
    </message>
    <message>
      <source>Add product %1</source>
      <translation>添加产品 %1</translation>
    </message>
    <message>
      <source>Remove “%1”</source>
      <translation>删除“%1”</translation>
    </message>
    <message>
      <source>Duplicate “%1”</source>
      <translation>复制“%1”</translation>
    </message>
    <message>
      <source>Move “%1”</source>
      <translation>移动“%1”</translation>
    </message>
    <message>
      <source>Move “%1” to the re-feature queue</source>
      <translation>把“%1”移到返场队列</translation>
    </message>
    <message>
      <source>Move “%1” back to the run sheet</source>
      <translation>把“%1”移回排品单</translation>
    </message>
    <message>
      <source>Rename “%1”</source>
      <translation>重命名“%1”</translation>
    </message>
    <message>
      <source>Planned time of “%1”</source>
      <translation>“%1”的计划时长</translation>
    </message>
    <message>
      <source>Edit script of “%1”</source>
      <translation>修改“%1”的话术</translation>
    </message>
  </context>
  <context>
    <name>SheetBar</name>
    <message>
      <source>Run &amp;sheet</source>
      <translation>排品单(&amp;S)</translation>
    </message>
    <message>
      <source>Run sheet</source>
      <translation>排品单</translation>
    </message>
    <message>
      <source>The run sheet (排品) shown below</source>
      <translation>下面显示的排品单</translation>
    </message>
    <message>
      <source>&amp;New…</source>
      <translation>新建(&amp;N)…</translation>
    </message>
    <message>
      <source>A new, empty run sheet (Ctrl+N)</source>
      <translation>新建一份空的排品单（Ctrl+N）</translation>
    </message>
    <message>
      <source>Rena&amp;me…</source>
      <translation>重命名(&amp;M)…</translation>
    </message>
    <message>
      <source>Give this run sheet another name</source>
      <translation>给这份排品单换个名字</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>Delete this run sheet with its segments (Ctrl+Z brings it back)</source>
      <translation>删除这份排品单及其所有段落（Ctrl+Z 可恢复）</translation>
    </message>
  </context>
  <context>
    <name>SheetList</name>
    <message>
      <source>Run sheet on air</source>
      <translation>正在直播的排品单</translation>
    </message>
    <message>
      <source>Click a segment or press Enter on it to put it on air</source>
      <translation>点击段落或在段落上按 Enter，就开始播这一段</translation>
    </message>
    <message>
      <source>%1 (re-feature)</source>
      <translation>%1（返场）</translation>
    </message>
    <message>
      <source>SOLD OUT</source>
      <translation>已售罄</translation>
    </message>
    <message>
      <source>[on air]</source>
      <translation>[直播中]</translation>
    </message>
  </context>
  <context>
    <name>SheetSummary</name>
    <message numerus="yes">
      <source>&amp;Run sheet — %n segment(s)</source>
      <translation>
        <numerusform>排品单(&amp;R) — %n 个段落</numerusform>
      </translation>
    </message>
    <message>
      <source>No run sheet yet. Press New… or add a segment to start one.</source>
      <translation>还没有排品单。按“新建…”或添加一个段落来新建。</translation>
    </message>
    <message>
      <source>Planned %1</source>
      <translation>计划 %1</translation>
    </message>
    <message numerus="yes">
      <source>Re-feature &amp;queue (返场) — %n segment(s)</source>
      <translation>
        <numerusform>返场队列(&amp;Q) — %n 个段落</numerusform>
      </translation>
    </message>
    <message>
      <source> (+ %1 in the re-feature queue)</source>
      <translation>（另有返场队列 %1）</translation>
    </message>
    <message numerus="yes">
      <source>%n must-change finding(s)</source>
      <translation>
        <numerusform>%n 个必须修改的问题</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n not approved</source>
      <translation>
        <numerusform>%n 个未通过审核</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n product(s) missing</source>
      <translation>
        <numerusform>%n 个产品缺失</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SheetTab</name>
    <message>
      <source>Go on air…</source>
      <translation>开播…</translation>
    </message>
    <message>
      <source>Check the run sheet's scripts and the checklist, then go on air with this run sheet (Ctrl+Shift+Enter)</source>
      <translation>检查排品单的话术和检查清单，然后用这份排品单开播（Ctrl+Shift+Enter）</translation>
    </message>
    <message>
      <source>Run sheet segments</source>
      <translation>排品单段落</translation>
    </message>
    <message>
      <source>Re-feature queue</source>
      <translation>返场队列</translation>
    </message>
  </context>
  <context>
    <name>ShippingCli</name>
    <message>
      <source>{carrier} {service} from {origin}</source>
      <translation>{carrier} {service}，从{origin}发</translation>
    </message>
    <message>
      <source>(EXAMPLE prices, not a real quote)</source>
      <translation>（示例价格，不是真实报价）</translation>
    </message>
    <message>
      <source>Imported {count} rate card(s) from {path}.</source>
      <translation>已从 {path} 导入 {count} 张报价单。</translation>
    </message>
    <message>
      <source>Replaced the earlier copy of: {card}</source>
      <translation>已替换原来的：{card}</translation>
    </message>
    <message>
      <source>Wrote {count} rate card(s) to {path}.</source>
      <translation>已把 {count} 张报价单写入 {path}。</translation>
    </message>
    <message>
      <source>No rate cards yet. Import your outlet's card: villagecast ratecard import FILE.csv</source>
      <translation>还没有报价单。请导入你所在网点的报价：villagecast ratecard import 文件.csv</translation>
    </message>
    <message>
      <source>Skipped {card}: {reason}</source>
      <translation>跳过 {card}：{reason}</translation>
    </message>
    <message>
      <source>{sku} at {price} yuan × {qty}, target margin {target} yuan, fees {pct}%, on {date}</source>
      <translation>{sku}，售价 {price} 元 × {qty}，目标毛利 {target} 元，费用 {pct}%，日期 {date}</translation>
    </message>
    <message>
      <source>Policy written to {path}.</source>
      <translation>运费政策已写入 {path}。</translation>
    </message>
    <message>
      <source>Province</source>
      <translation>省份</translation>
    </message>
    <message>
      <source>Carrier</source>
      <translation>快递公司</translation>
    </message>
    <message>
      <source>Zone</source>
      <translation>区域</translation>
    </message>
    <message>
      <source>Shipping</source>
      <translation>运费</translation>
    </message>
    <message>
      <source>Margin</source>
      <translation>毛利</translation>
    </message>
    <message>
      <source>Break-even</source>
      <translation>保本价</translation>
    </message>
    <message>
      <source>Policy</source>
      <translation>政策</translation>
    </message>
    <message>
      <source>Buyer pays</source>
      <translation>买家付</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Origin</source>
      <translation>始发省</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>服务</translation>
    </message>
    <message>
      <source>From</source>
      <translation>生效日期</translation>
    </message>
    <message>
      <source>Zones</source>
      <translation>区域数</translation>
    </message>
    <message>
      <source>Pricing</source>
      <translation>计价方式</translation>
    </message>
    <message>
      <source>example</source>
      <translation>示例</translation>
    </message>
  </context>
  <context>
    <name>ShippingWindow</name>
    <message>
      <source>Shipping and margin — VillageCast</source>
      <translation>运费与毛利 — VillageCast</translation>
    </message>
    <message>
      <source>&amp;Rate cards</source>
      <translation>报价单(&amp;R)</translation>
    </message>
    <message>
      <source>Pac&amp;kaging</source>
      <translation>包装(&amp;K)</translation>
    </message>
    <message>
      <source>&amp;Fees</source>
      <translation>平台费率(&amp;F)</translation>
    </message>
    <message>
      <source>Free-shipping &amp;plan</source>
      <translation>包邮规划(&amp;P)</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>编辑(&amp;E)</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>查看(&amp;V)</translation>
    </message>
    <message>
      <source>&amp;Import rate cards…</source>
      <translation>导入报价单(&amp;I)…</translation>
    </message>
    <message>
      <source>&amp;Export the free-shipping policy…</source>
      <translation>导出包邮政策(&amp;E)…</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>关闭(&amp;C)</translation>
    </message>
    <message>
      <source>DEMO catalogue with sample data, not your own</source>
      <translation>演示目录：示例数据，不是你自己的商品</translation>
    </message>
  </context>
  <context>
    <name>ShopLinksPanel</name>
    <message>
      <source>on cards and in the catalogue</source>
      <translation>印在卡片和目录上</translation>
    </message>
    <message>
      <source>New shop link</source>
      <translation>新店铺链接</translation>
    </message>
    <message>
      <source>No shop link selected</source>
      <translation>没有选中店铺链接</translation>
    </message>
    <message>
      <source>Shop link %1</source>
      <translation>店铺链接 %1</translation>
    </message>
    <message>
      <source>Shop links: where shoppers buy this product</source>
      <translation>店铺链接：顾客在哪里买这个产品</translation>
    </message>
    <message>
      <source>The first link goes on product cards and in the printed catalogue, as a QR code. Paste the exact link from the shop's share button.</source>
      <translation>第一个链接会做成二维码，印在商品卡片和纸质目录上。请粘贴店铺“分享”按钮给出的完整链接。</translation>
    </message>
    <message>
      <source>Add</source>
      <translation>添加</translation>
    </message>
    <message>
      <source>Add a shop link at the end</source>
      <translation>在最后添加一个店铺链接</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>Remove the selected link (Delete; Undo brings it back)</source>
      <translation>删除选中的链接（Delete 键；撤销可找回）</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>上移</translation>
    </message>
    <message>
      <source>Move the selected link up (Ctrl+Up); the first one goes on cards</source>
      <translation>把选中的链接上移（Ctrl+↑）；第一个会印在卡片上</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>下移</translation>
    </message>
    <message>
      <source>Move the selected link down (Ctrl+Down)</source>
      <translation>把选中的链接下移（Ctrl+↓）</translation>
    </message>
    <message>
      <source>Shop links</source>
      <translation>店铺链接</translation>
    </message>
    <message>
      <source>Platform</source>
      <translation>平台</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>链接</translation>
    </message>
    <message>
      <source>Platform of the shop link</source>
      <translation>店铺链接所在的平台</translation>
    </message>
    <message>
      <source>Link to the product in the shop</source>
      <translation>店铺里这个产品的链接</translation>
    </message>
    <message>
      <source>Saved when you press Enter or leave the field</source>
      <translation>按回车或离开输入框时保存</translation>
    </message>
    <message>
      <source>QR code of the selected link</source>
      <translation>选中链接的二维码</translation>
    </message>
    <message>
      <source>Remove shop link</source>
      <translation>删除店铺链接</translation>
    </message>
    <message>
      <source>Order of shop links</source>
      <translation>店铺链接排序</translation>
    </message>
    <message>
      <source>Platform of a shop link</source>
      <translation>店铺链接的平台</translation>
    </message>
    <message>
      <source>Shop link</source>
      <translation>店铺链接</translation>
    </message>
  </context>
  <context>
    <name>StockPanel</name>
    <message numerus="yes">
      <source>%n on hand</source>
      <translation>
        <numerusform>现有 %n 件</numerusform>
      </translation>
    </message>
    <message>
      <source>Low stock: restock (the warning starts at %1)</source>
      <translation>库存不足：请补货（低于等于 %1 时提醒）</translation>
    </message>
    <message>
      <source>Adjust by a signed number: +5 adds, -3 takes away (after a count).</source>
      <translation>按带正负号的数量调整：+5 增加，-3 减少（盘点后使用）。</translation>
    </message>
    <message>
      <source>A positive whole number of units.</source>
      <translation>正整数件数。</translation>
    </message>
    <message>
      <source>Stock on hand</source>
      <translation>现有库存</translation>
    </message>
    <message>
      <source>Low-stock warning at</source>
      <translation>库存提醒线</translation>
    </message>
    <message>
      <source>Stock at or below this number is shown as low</source>
      <translation>库存低于或等于这个数时显示为不足</translation>
    </message>
    <message>
      <source>Record a movement</source>
      <translation>记录出入库</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Kind of movement</source>
      <translation>出入库类型</translation>
    </message>
    <message>
      <source>Pick a suggested reason or type your own</source>
      <translation>选一个常用原因，或自己填写</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>记录</translation>
    </message>
    <message>
      <source>Record this movement (Enter); Ctrl+Z takes it back</source>
      <translation>记录这笔出入库（回车）；Ctrl+Z 可撤回</translation>
    </message>
    <message>
      <source>Movements, newest first</source>
      <translation>出入库记录（最新的在前）</translation>
    </message>
    <message>
      <source>Stock movements</source>
      <translation>出入库记录</translation>
    </message>
    <message>
      <source>Receive %1 of %2</source>
      <translation>入库 %1 件 %2</translation>
    </message>
    <message>
      <source>Sell %1 of %2</source>
      <translation>售出 %1 件 %2</translation>
    </message>
    <message>
      <source>Return %1 of %2</source>
      <translation>退货入库 %1 件 %2</translation>
    </message>
    <message>
      <source>Write off %1 of %2</source>
      <translation>报损 %1 件 %2</translation>
    </message>
    <message>
      <source>Adjust %2 by %1</source>
      <translation>调整 %2 库存 %1</translation>
    </message>
  </context>
  <context>
    <name>TalkingPointsPanel</name>
    <message>
      <source>New talking point</source>
      <translation>新卖点</translation>
    </message>
    <message>
      <source>No talking point selected</source>
      <translation>未选择卖点</translation>
    </message>
    <message>
      <source>Talking point %1</source>
      <translation>卖点 %1</translation>
    </message>
    <message>
      <source>Talking points, in the order the anchor says them</source>
      <translation>卖点（按主播讲的顺序）</translation>
    </message>
    <message>
      <source>Add</source>
      <translation>添加</translation>
    </message>
    <message>
      <source>Add a talking point at the end</source>
      <translation>在最后添加一条卖点</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>Remove the selected talking point (Delete; Undo brings it back)</source>
      <translation>删除所选卖点（Delete 键；撤销可恢复）</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>上移</translation>
    </message>
    <message>
      <source>Say it earlier (Ctrl+Up)</source>
      <translation>提前讲（Ctrl+↑）</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>下移</translation>
    </message>
    <message>
      <source>Say it later (Ctrl+Down)</source>
      <translation>往后讲（Ctrl+↓）</translation>
    </message>
    <message>
      <source>Talking points</source>
      <translation>卖点</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>内容</translation>
    </message>
    <message>
      <source>Evidence</source>
      <translation>依据</translation>
    </message>
    <message>
      <source>Kind of talking point</source>
      <translation>卖点类型</translation>
    </message>
    <message>
      <source>Text of the talking point</source>
      <translation>卖点内容</translation>
    </message>
    <message>
      <source>Saved when you leave the field</source>
      <translation>离开输入框时自动保存</translation>
    </message>
    <message>
      <source>Evidence for this talking point</source>
      <translation>这条卖点的依据</translation>
    </message>
    <message>
      <source>Tick the certificates and documents that prove this point</source>
      <translation>勾选能证明这条卖点的证书和资料</translation>
    </message>
    <message>
      <source>This product has no certificates or documents yet. &lt;a href='evidence'&gt;Attach evidence in Certificates first&lt;/a&gt;.</source>
      <translation>这个商品还没有证书或资料。&lt;a href='evidence'&gt;请先在“证书资料”页添加依据&lt;/a&gt;。</translation>
    </message>
    <message>
      <source>Remove talking point</source>
      <translation>删除卖点</translation>
    </message>
    <message>
      <source>Order of talking points</source>
      <translation>卖点顺序</translation>
    </message>
    <message>
      <source>Talking point</source>
      <translation>卖点</translation>
    </message>
    <message>
      <source>Evidence of a talking point</source>
      <translation>卖点的依据</translation>
    </message>
  </context>
  <context>
    <name>ToolWindows</name>
    <message>
      <source>&amp;Tools</source>
      <translation>工具(&amp;T)</translation>
    </message>
    <message>
      <source>&amp;Shipping and free-shipping plan…</source>
      <translation>运费与包邮规划(&amp;S)…</translation>
    </message>
    <message>
      <source>Rate cards, parcel costs, margins per province and where to offer free shipping (包邮)</source>
      <translation>快递报价单、包裹运费、各省毛利，以及哪些省份可以包邮</translation>
    </message>
    <message>
      <source>&amp;Broadcast: run sheets and reports…</source>
      <translation>直播：排品单与报告(&amp;B)…</translation>
    </message>
    <message>
      <source>Plan the show (排品) with every script checked, go on air, and read the post-show reports</source>
      <translation>排品并检查每段话术，然后开播，播完看直播复盘报告</translation>
    </message>
    <message>
      <source>S&amp;cripts and checklist…</source>
      <translation>话术与检查清单(&amp;C)…</translation>
    </message>
    <message>
      <source>Live scripts checked as you type, the checklist of each broadcast, and the check before going on air</source>
      <translation>边写边检查的直播话术、每场直播的检查清单，以及开播前的检查</translation>
    </message>
  </context>
  <context>
    <name>TrainerActions</name>
    <message>
      <source>A show is on air</source>
      <translation>正在直播</translation>
    </message>
    <message>
      <source>Finish the show in the operator window first, then change the catalogue.</source>
      <translation>请先在操作窗口结束直播，再切换商品目录。</translation>
    </message>
    <message>
      <source>VillageCast cannot open the catalogue</source>
      <translation>VillageCast 无法打开商品目录</translation>
    </message>
    <message>
      <source>The catalogue was not changed</source>
      <translation>商品目录没有切换</translation>
    </message>
    <message>
      <source>Reset the demo</source>
      <translation>重置演示</translation>
    </message>
    <message>
      <source>Put the demo catalogue back as it was?

Every change made in the demo (products, stock, prices, scripts, sessions and sales) is lost. Your own catalogue is not touched.</source>
      <translation>把演示目录恢复原样吗？

在演示目录里做的所有修改（商品、库存、价格、话术、场次和销售）都会丢失。你自己的商品目录不受影响。</translation>
    </message>
    <message>
      <source>The demo was not reset</source>
      <translation>演示目录没有重置</translation>
    </message>
    <message>
      <source>The demo catalogue could not be opened</source>
      <translation>无法打开演示目录</translation>
    </message>
    <message>
      <source>Rehearse the demo show</source>
      <translation>彩排演示直播</translation>
    </message>
    <message>
      <source>The demo run sheet is no longer in the demo catalogue. File &gt; Reset demo puts it back.</source>
      <translation>演示目录里已经没有演示排品表了。用“文件 &gt; 重置演示”可以把它恢复。</translation>
    </message>
    <message>
      <source>&amp;Reset demo…</source>
      <translation>重置演示(&amp;R)…</translation>
    </message>
    <message>
      <source>Put the demo catalogue back as it was (asks first)</source>
      <translation>把演示目录恢复原样（会先确认）</translation>
    </message>
    <message>
      <source>Re&amp;hearse the demo show…</source>
      <translation>彩排演示直播(&amp;H)…</translation>
    </message>
    <message>
      <source>Put the demo run sheet on air as a rehearsal on the demo catalogue: findings marked in the prompter, sales kept in the demo</source>
      <translation>在演示目录上把演示排品表当作彩排开播：提词器标出违规用语，成交只记在演示目录里</translation>
    </message>
    <message>
      <source>&amp;High contrast</source>
      <translation>高对比度(&amp;H)</translation>
    </message>
    <message>
      <source>Black on white with a thick focus frame (Ctrl+Alt+H)</source>
      <translation>白底黑字，焦点框加粗（Ctrl+Alt+H）</translation>
    </message>
    <message>
      <source>&amp;Projector mode</source>
      <translation>投影模式(&amp;P)</translation>
    </message>
    <message>
      <source>Off</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>%1 % text, high contrast</source>
      <translation>文字 %1 %，高对比度</translation>
    </message>
    <message>
      <source>DEMO</source>
      <translation>演示</translation>
    </message>
    <message>
      <source>This is the demo catalogue with sample data, not your own. File &gt; Reset demo puts it back as it was.</source>
      <translation>这是演示目录，里面是示例数据，不是你自己的商品。“文件 &gt; 重置演示”可以把它恢复原样。</translation>
    </message>
    <message>
      <source>Demo catalogue</source>
      <translation>演示目录</translation>
    </message>
  </context>
  <context>
    <name>UnitsChart</name>
    <message>
      <source>Units sold per product</source>
      <translation>各产品售出件数</translation>
    </message>
    <message>
      <source>Nothing was sold.</source>
      <translation>没有卖出任何商品。</translation>
    </message>
  </context>
</TS>
