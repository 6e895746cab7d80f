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
      <translation>演示目录：示例数据，不是您自己的商品</translation>
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
      <source>None: no live price in the last 7 days, so do not call any price 原价</source>
      <translation>无：最近 7 天没有直播价，不要把任何价格说成“原价”</translation>
    </message>
    <message>
      <source>The only price you may call 原价: the lowest live price in the 7 days before today</source>
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
      <source>Live price (¥)</source>
      <translation>直播价（元）</translation>
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
      <source>Low stock: %1 left, restock at %2 or fewer</source>
      <translation>库存不足：只剩 %1 件，低于或等于 %2 件时应补货</translation>
    </message>
  </context>
</TS>
